package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A client past one of its limits gets the site's error page with 429, the reason and the wait in words, and
 * {@code Retry-After} in seconds (the API: a problem detail with the same). First in line so that no broader handler answers it first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyRequestsAdvice {

    private final MessageSource messages;

    TooManyRequestsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    Object tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response,
                   Locale locale) {
        long minutes = Math.max(1, (e.retryAfterSeconds() + 59) / 60);
        String detail = messages.getMessage(e.messageKey(), new Object[] {minutes}, locale);
        if (ApiErrorAdvice.isApi(request)) {
            return ApiErrorAdvice.retryLater(HttpStatus.TOO_MANY_REQUESTS, detail, e.retryAfterSeconds(), messages,
                    locale);
        }
        return ErrorPageAdvice.retryLater(HttpStatus.TOO_MANY_REQUESTS, detail, e.retryAfterSeconds(), response);
    }
}
