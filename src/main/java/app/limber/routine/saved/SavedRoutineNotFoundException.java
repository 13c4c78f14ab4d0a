package app.limber.routine.saved;

import app.limber.system.NotFoundException;

/** No saved routine has this token (or the token is not one Limber could have made). */
public class SavedRoutineNotFoundException extends NotFoundException {

    SavedRoutineNotFoundException() {
        super("error.notFound.routine");
    }
}
