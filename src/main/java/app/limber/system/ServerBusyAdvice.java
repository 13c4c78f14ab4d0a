package app.limber.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request refused by {@link HeavyWork}: a 503 page in the site's layout saying the server is busy and nothing
 * was lost, with {@code Retry-After} so that clients and proxies know when to come back.
 */
@ControllerAdvice(annotations = Controller.class)
class ServerBusyAdvice {

    private final MessageSource messages;

    ServerBusyAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ServerBusyException.class)
    ModelAndView busy(ServerBusyException e, HttpServletResponse response, Locale locale) {
        return ErrorPageAdvice.retryLater(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("error.busy", null, locale), e.retryAfter().toSeconds(), response);
    }
}
