package app.limber.routine.saved;

import java.util.List;

/** An edit of a saved routine that would break a rule: nothing is changed, and the message says why. */
public class AdjustmentRefused extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public AdjustmentRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
