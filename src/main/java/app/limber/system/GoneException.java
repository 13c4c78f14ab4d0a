package app.limber.system;

/**
 * Something that existed at this address was deleted: a 410 rather than a 404, so that a client can tell a link
 * that once worked from one that never did. Pages that have their own gone page handle it first.
 */
public class GoneException extends NotFoundException {

    public GoneException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
