package app.limber.routine.saved;

import app.limber.system.GoneException;

/**
 * The routine at this link was deleted by the browser that saved it (it may still undo that from its list until
 * the row is purged). Shown as a 410 page in the site's layout (a 410
 * problem detail from the API), distinct from a link that never held a routine.
 */
public class SavedRoutineGoneException extends GoneException {

    SavedRoutineGoneException() {
        super("saved.gone.text");
    }
}
