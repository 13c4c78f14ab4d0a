package app.limber.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Takes the place of Boot's error controller for everything that ends in {@code sendError}: a 404 for an unknown
 * address, a 405, a refused CSRF token, a request the firewall or the parameter parser refused. Pages get the site's
 * error page whatever the client accepts; addresses under {@code /api/} get problem details. A direct visit to
 * {@code /error} is an address like any other, with nothing at it.
 */
@Controller
class ErrorPageController implements ErrorController {

    /** A request attribute naming the message key that says what was wrong, set by whoever refused the request. */
    static final String DETAIL_KEY = ErrorPageController.class.getName() + ".detail";
    private static final java.util.regex.Pattern PATH_PARAMETERS = java.util.regex.Pattern.compile(";[^/]*");

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    // Reads only request attributes: the parameters of a refused request may be what made it fail.
    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        Object key = request.getAttribute(DETAIL_KEY);
        String detail = key instanceof String k ? messages.getMessage(k, null, locale) : null;
        ErrorHeaders.addMissing(response);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            String text = detail != null ? detail : messages.getMessage("error.text." + status.value(), null,
                    messages.getMessage("error.text.default", null, locale), locale);
            ResponseEntity<ProblemDetail> problem = ApiErrorAdvice.problem(status, text, Map.of(), messages, locale);
            instance(path).ifPresent(problem.getBody()::setInstance);
            return problem;
        }
        return ErrorPageAdvice.page(status, detail);
    }

    /**
     * The address the problem is about (rather than {@code /error}), when it is a valid URI reference, without
     * path parameters: a refused {@code ;jsessionid=...} is not repeated back.
     */
    static Optional<URI> instance(String path) {
        try {
            return Optional.of(new URI(PATH_PARAMETERS.matcher(path).replaceAll("")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
