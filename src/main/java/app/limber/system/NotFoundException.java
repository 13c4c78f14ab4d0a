package app.limber.system;

/** Something the user asked for does not exist. Shown as a 404 page with a message from the bundle. */
public class NotFoundException extends KeyedMessageException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
