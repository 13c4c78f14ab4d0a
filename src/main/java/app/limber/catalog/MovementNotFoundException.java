package app.limber.catalog;

import app.limber.system.NotFoundException;

/** No catalog entry has this slug. */
public class MovementNotFoundException extends NotFoundException {

    public MovementNotFoundException(String slug) {
        super("error.notFound.movement", slug);
    }
}
