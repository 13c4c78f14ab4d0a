package app.limber.system;

/**
 * A request parameter has a value we cannot use. Shown as a 400 page (or JSON) that names the parameter and
 * the value, with a message from the bundle.
 */
public class BadRequestException extends KeyedMessageException {

    private final String parameter;
    private final String value;

    public BadRequestException(String parameter, String value, String messageKey, Object... args) {
        super(messageKey, args);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    /** For logs: which parameter had which value (users see the bundle message instead). */
    @Override
    public String getMessage() {
        return parameter + "=" + Echo.shorten(value);
    }
}
