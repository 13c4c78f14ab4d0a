package app.limber.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Feature exceptions from page controllers become error pages in the site's layout: a 404 for what does not
 * exist, a 400 naming the value that was wrong. Anything else falls through to {@code templates/error.html}.
 */
@ControllerAdvice(annotations = Controller.class)
class ErrorPageAdvice {

    private final MessageSource messages;

    ErrorPageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, Locale locale) {
        return page(HttpStatus.NOT_FOUND, messages.getMessage(e.messageKey(), Echo.shorten(e.args()), locale));
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), Echo.shorten(e.args(), e.value()), locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage("error.badRequest.badValue",
                new Object[] {e.getName(), Echo.shorten(String.valueOf(e.getValue()))}, locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage("error.badRequest.missing",
                new Object[] {e.getParameterName()}, locale));
    }

    /** An error page for a refusal that passes (busy, limit, outage), with {@code Retry-After} in seconds. */
    static ModelAndView retryLater(HttpStatus status, String detail, long seconds, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
        return page(status, detail);
    }

    static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
