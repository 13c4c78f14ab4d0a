package app.limber.routine.saved;

import app.limber.system.KeyedMessageException;

/** An edit of a saved routine that would break a rule: nothing is changed, and the message says why. */
public class AdjustmentRefused extends KeyedMessageException {

    public AdjustmentRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
