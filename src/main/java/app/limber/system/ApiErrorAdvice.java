package app.limber.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors from JSON endpoints come back as JSON with a 4xx status, never an HTML page or a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    private final MessageSource messages;

    ApiErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), Echo.shorten(e.args(), e.value()), locale);
        return body(HttpStatus.BAD_REQUEST, text, Map.of(e.parameter(), text), locale);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> invalid(BindException e, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        e.getGlobalErrors().forEach(error -> fields.putIfAbsent(error.getObjectName(),
                messages.getMessage(error, locale)));
        return body(HttpStatus.BAD_REQUEST, messages.getMessage("error.badRequest.fields", null, locale), fields,
                locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        String value = Echo.shorten(String.valueOf(e.getValue()));
        String text = messages.getMessage("error.badRequest.badValue", new Object[] {e.getName(), value}, locale);
        return body(HttpStatus.BAD_REQUEST, text, Map.of(e.getName(), text), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e, Locale locale) {
        String text = messages.getMessage("error.badRequest.missing", new Object[] {e.getParameterName()}, locale);
        return body(HttpStatus.BAD_REQUEST, text, Map.of(e.getParameterName(), text), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), Echo.shorten(e.args()), locale);
        return body(HttpStatus.NOT_FOUND, text, Map.of(), locale);
    }

    private ResponseEntity<ApiError> body(HttpStatus status, String message, Map<String, String> fields,
                                          Locale locale) {
        String error = messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale);
        // JSON whatever the client said it accepts: an error must never turn into a 406 or a 500.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), error, message, fields));
    }
}
