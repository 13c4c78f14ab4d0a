package app.limber.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A client past one of its limits gets the site's error page with 429, the reason and the wait in words, and
 * {@code Retry-After} in seconds. First in line so that no broader handler answers it first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyRequestsAdvice {

    private final MessageSource messages;

    TooManyRequestsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletResponse response, Locale locale) {
        long minutes = Math.max(1, (e.retryAfterSeconds() + 59) / 60);
        return ErrorPageAdvice.retryLater(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage(e.messageKey(), new Object[] {minutes}, locale), e.retryAfterSeconds(), response);
    }
}
