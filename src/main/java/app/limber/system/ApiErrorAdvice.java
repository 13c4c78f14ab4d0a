package app.limber.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
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

    /** The extension member holding one message per bad field (parameter name to message). */
    static final String ERRORS = "errors";
    /** Problem types: the status says it all, so each type is that status's section of RFC 9110. */
    static final String TYPE_BASE = "https://www.rfc-editor.org/rfc/rfc9110#status.";

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
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        e.getGlobalErrors().forEach(error -> fields.putIfAbsent(error.getObjectName(),
                messages.getMessage(error, locale)));
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage("error.badRequest.fields", null, locale), fields,
                messages, locale);
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

    /** A problem detail with the field messages, if any. Its type is the status's definition in HTTP semantics. */
    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, String> fields,
                                                 MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + status.value()));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null,
                messages.getMessage("error.title.default", null, locale), locale));
        if (!fields.isEmpty()) {
            problem.setProperty(ERRORS, fields);
        }
        // Problem JSON whatever the client said it accepts: an error must never turn into a 406 or a 500.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
