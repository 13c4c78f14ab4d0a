package app.limber.follow.web;

import app.limber.system.BrowserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The browser's history identifier: the one browser cookie ({@link BrowserId}), which the saved routines' list
 * reads too, so a browser's history and its routines belong to the same identifier (and move together with the
 * restore link).
 */
@Component
class HistoryCookie {

    static final String NAME = BrowserId.COOKIE;
    static final Duration MAX_AGE = BrowserId.MAX_AGE;

    static boolean wellFormed(String identifier) {
        return BrowserId.wellFormed(identifier);
    }

    /** The identifier this browser sent, if it sent a well-formed one. */
    Optional<String> read(HttpServletRequest request) {
        return BrowserId.read(request);
    }

    String issue() {
        return BrowserId.issue();
    }

    void write(String identifier, HttpServletRequest request, HttpServletResponse response) {
        BrowserId.write(identifier, request, response);
    }
}
