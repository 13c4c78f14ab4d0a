package app.limber.system;

/**
 * A client went past one of its limits ({@link LimitSettings}): answered with a 429 page saying which, and a
 * {@code Retry-After} of {@code retryAfterSeconds}. The message key takes the minutes to wait as {0}.
 */
public class TooManyRequestsException extends RuntimeException {

    private final String messageKey;
    private final long retryAfterSeconds;

    TooManyRequestsException(String messageKey, long retryAfterSeconds) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String messageKey() {
        return messageKey;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
