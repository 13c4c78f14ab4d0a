package app.limber.routine;

import app.limber.system.KeyedMessageException;

/** An edit of a routine that would break a rule ({@link RoutineEdits}): nothing is changed, and the message says why. */
public class AdjustmentRefused extends KeyedMessageException {

    public AdjustmentRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
