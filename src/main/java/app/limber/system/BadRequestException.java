package app.limber.system;

import java.util.List;

/**
 * A request parameter has a value we cannot use. Shown as a 400 page (or JSON) that names the parameter and
 * the value, with a message from the bundle.
 */
public class BadRequestException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final String messageKey;
    private final List<Object> args;

    public BadRequestException(String parameter, String value, String messageKey, Object... args) {
        super(parameter + "=" + value);
        this.parameter = parameter;
        this.value = value;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
