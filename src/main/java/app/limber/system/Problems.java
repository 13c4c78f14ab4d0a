package app.limber.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * RFC 9457 problem details as the API answers them: the type is the status's section of RFC 9110, the title the
 * status in the request's language, the detail in the site's words, and one message per bad parameter in the
 * {@code errors} extension. Used by the error advice and controller, and by the API's documentation for its
 * examples, so that the examples are what a client gets.
 */
public final class Problems {

    /** The extension member holding one message per bad field (parameter name to message). */
    public static final String ERRORS = "errors";
    /** Problem types: the status says it all, so each type is that status's section of RFC 9110. */
    public static final String TYPE_BASE = "https://www.rfc-editor.org/rfc/rfc9110#status.";

    private Problems() {
    }

    /** A problem detail with the field messages, if any. */
    public static ProblemDetail of(HttpStatus status, String detail, Map<String, String> fields,
                                   MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + status.value()));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null,
                messages.getMessage("error.title.default", null, locale), locale));
        if (!fields.isEmpty()) {
            problem.setProperty(ERRORS, fields);
        }
        return problem;
    }

    /** The 400 for a form that did not bind: one message per bad parameter, the first for each. */
    public static ProblemDetail invalid(Errors errors, MessageSource messages, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        errors.getGlobalErrors().forEach(error -> fields.putIfAbsent(error.getObjectName(),
                messages.getMessage(error, locale)));
        return of(HttpStatus.BAD_REQUEST, messages.getMessage("error.badRequest.fields", null, locale), fields,
                messages, locale);
    }
}
