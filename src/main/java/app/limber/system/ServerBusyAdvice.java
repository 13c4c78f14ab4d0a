package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request refused by {@link HeavyWork}: a 503 page in the site's layout saying the server is busy and nothing
 * was lost (the API: a problem detail), with {@code Retry-After} so that clients and proxies know when to come back.
 */
@ControllerAdvice(annotations = Controller.class)
class ServerBusyAdvice {

    private final MessageSource messages;

    ServerBusyAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ServerBusyException.class)
    Object busy(ServerBusyException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String detail = messages.getMessage("error.busy", null, locale);
        if (ApiErrorAdvice.isApi(request)) {
            return ApiErrorAdvice.retryLater(HttpStatus.SERVICE_UNAVAILABLE, detail, e.retryAfter().toSeconds(),
                    messages, locale);
        }
        return ErrorPageAdvice.retryLater(HttpStatus.SERVICE_UNAVAILABLE, detail, e.retryAfter().toSeconds(),
                response);
    }
}
