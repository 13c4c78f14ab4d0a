package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The database cannot be reached: a 503 page in the site's layout, with a text that is true for what was asked. A
 * read says the saved routines and history are out of reach for now; a write says plainly that it was not saved
 * (its transaction never committed). The catalog and the routine builder live in memory and keep working, and the
 * pool reconnects by itself when the database returns, so a retry is all a person needs.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageAdvice {

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

    private final MessageSource messages;

    DatabaseOutageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, QueryTimeoutException.class})
    ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        boolean write = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        // One line, no stack trace: an outage repeats on every request and the cause is the database, not us.
        LOG.warn("Database unavailable during {} {}: {}", request.getMethod(), LogSafe.path(request),
                rootMessage(e));
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return ErrorPageAdvice.page(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(write ? "error.db.notSaved" : "error.db.unreachable", null, locale));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
