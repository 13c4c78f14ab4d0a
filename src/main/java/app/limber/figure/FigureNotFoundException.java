package app.limber.figure;

import app.limber.system.NotFoundException;

/** No figure has this name (a movement's slug, or the slug followed by {@code -print}). */
class FigureNotFoundException extends NotFoundException {

    FigureNotFoundException(String name) {
        super("figure.notFound", name);
    }
}
