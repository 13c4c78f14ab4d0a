package app.limber.system;

import java.util.List;

/** Something the user asked for does not exist. Shown as a 404 page with a message from the bundle. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public NotFoundException(String messageKey, Object... args) {
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
