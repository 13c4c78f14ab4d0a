package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors from JSON endpoints come back as RFC 9457 problem details ({@code application/problem+json}) with a 4xx
 * status, never an HTML page or a stack trace: the title from the status, the detail in the site's words, and one
 * message per bad field in the {@code errors} extension.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    static final String API_PREFIX = "/api/";

    private final MessageSource messages;

    ApiErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), Echo.shorten(e.args(), e.value()), locale);
        return problem(HttpStatus.BAD_REQUEST, text, Map.of(e.parameter(), text), messages, locale);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e, Locale locale) {
        return body(HttpStatus.BAD_REQUEST, Problems.invalid(e, messages, locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        String value = Echo.shorten(String.valueOf(e.getValue()));
        String text = messages.getMessage("error.badRequest.badValue", new Object[] {e.getName(), value}, locale);
        return problem(HttpStatus.BAD_REQUEST, text, Map.of(e.getName(), text), messages, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, Locale locale) {
        String text = messages.getMessage("error.badRequest.missing", new Object[] {e.getParameterName()}, locale);
        return problem(HttpStatus.BAD_REQUEST, text, Map.of(e.getParameterName(), text), messages, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), Echo.shorten(e.args()), locale);
        return problem(HttpStatus.NOT_FOUND, text, Map.of(), messages, locale);
    }

    /** Deleted, not unknown (the closer match than {@link #notFound} for this subclass). */
    @ExceptionHandler(GoneException.class)
    ResponseEntity<ProblemDetail> gone(GoneException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), Echo.shorten(e.args()), locale);
        return problem(HttpStatus.GONE, text, Map.of(), messages, locale);
    }

    /**
     * Whether a request is one of the API's, answered with problem details: the same rule as the error controller
     * and Tomcat's error report (an address under {@code /api/}).
     */
    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(API_PREFIX);
    }

    /** A refusal that passes (busy, limit, outage) as a problem detail, with {@code Retry-After} in seconds. */
    static ResponseEntity<ProblemDetail> retryLater(HttpStatus status, String detail, long seconds,
                                                    MessageSource messages, Locale locale) {
        ResponseEntity<ProblemDetail> problem = problem(status, detail, Map.of(), messages, locale);
        return ResponseEntity.status(status).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds))).body(problem.getBody());
    }

    /** A problem detail with the field messages, if any ({@link Problems#of}). */
    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, String> fields,
                                                 MessageSource messages, Locale locale) {
        return body(status, Problems.of(status, detail, fields, messages, locale));
    }

    private static ResponseEntity<ProblemDetail> body(HttpStatus status, ProblemDetail problem) {
        // Problem JSON whatever the client said it accepts: an error must never turn into a 406 or a 500.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
