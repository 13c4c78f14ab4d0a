package app.limber.routine.saved;

import app.limber.system.NotFoundException;

/**
 * A rename, delete or undo from a browser that did not save the routine: to that browser the routine is not in
 * its list, so a 404 like any other thing it does not have; nothing is changed.
 */
public class NotYourRoutineException extends NotFoundException {

    NotYourRoutineException() {
        super("mine.notYours");
    }
}
