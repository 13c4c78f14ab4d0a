package app.limber.system;

import java.time.Duration;

/** Heavy work refused because the server is already doing as much of it as it safely can; answered with a 503. */
public class ServerBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ServerBusyException(Duration retryAfter) {
        super("Busy: every heavy-work permit is taken", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
