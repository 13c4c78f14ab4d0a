package app.limber.system;

import java.util.List;

/**
 * An exception whose message for the user is a bundle key with arguments, resolved in the user's language by
 * the error advices or the page that catches it.
 */
public abstract class KeyedMessageException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    protected KeyedMessageException(String messageKey, Object... args) {
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
