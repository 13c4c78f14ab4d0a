package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The database cannot be reached: a 503 page in the site's layout (a problem detail for the API), with a text that is true for what was asked. A
 * read says the saved routines and history are out of reach for now; a write says plainly that it was not saved
 * (its transaction never committed). The catalog and the routine builder live in memory and keep working, and the
 * pool reconnects by itself when the database returns, so a retry is all a person needs.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageAdvice {

    /** Seconds a client is asked to wait before trying again. */
    static final long RETRY_AFTER_SECONDS = 30;

    private static final String HIKARI_CLOSED = "Connection is closed";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

    private final MessageSource messages;

    DatabaseOutageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** No connection could be had: nothing began, so a write certainly was not stored. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, QueryTimeoutException.class})
    Object unavailable(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return page(e, request, response, locale, "error.db.notSaved");
    }

    /**
     * The connection broke while in use (the server stopped under a pooled connection): the driver's error comes
     * wrapped in whatever Spring or Hibernate made of it, often the failed rollback. Only a lost connection is an
     * outage; anything else stays an error of ours. A write may have reached the server before the connection
     * broke, so its page says it may not have been saved.
     */
    @ExceptionHandler({TransactionSystemException.class, UncategorizedDataAccessException.class,
            JpaSystemException.class})
    Object broken(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws Exception {
        if (!lostConnection(e)) {
            throw e;
        }
        return page(e, request, response, locale, "error.db.maybeNotSaved");
    }

    private Object page(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale,
                              String writeKey) {
        boolean write = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        // One line, no stack trace: an outage repeats on every request and the cause is the database, not us.
        LOG.warn("Database unavailable during {} {}: {}", request.getMethod(), LogSafe.path(request),
                rootMessage(e));
        String detail = messages.getMessage(write ? writeKey : "error.db.unreachable", null, locale);
        if (ApiErrorAdvice.isApi(request)) {
            return ApiErrorAdvice.retryLater(HttpStatus.SERVICE_UNAVAILABLE, detail, RETRY_AFTER_SECONDS, messages,
                    locale);
        }
        return ErrorPageAdvice.retryLater(HttpStatus.SERVICE_UNAVAILABLE, detail, RETRY_AFTER_SECONDS, response);
    }

    /**
     * A connection error somewhere in the chain: SQLState class 08 (connection exception) or 57P (the server
     * shutting down, PostgreSQL), the pool giving up on a connection, or the pool's stand-in for a connection it
     * already evicted as broken (Hikari throws a plain "Connection is closed", with no SQLState, when the failed
     * request then tries to roll back).
     */
    static boolean lostConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null
                    && HIKARI_CLOSED.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
