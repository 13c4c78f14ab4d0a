package app.limber.follow.web;

import app.limber.follow.History;
import app.limber.follow.HistoryOwner;
import app.limber.follow.SessionEntry;
import app.limber.follow.SessionRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The session log's {@code Idempotency-Key}: outbox.js sends every finished session with a key of its own and
 * sends it again until an answer comes back, so a key the server has seen is answered as the first time without
 * storing the session again (docs/offline.md). A form posted without a script has no key and is stored as sent.
 */
final class IdempotentLog {

    static final String HEADER = "Idempotency-Key";
    /** crypto.randomUUID() makes 36 characters; any short token of this alphabet is taken. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private IdempotentLog() {
    }

    static SessionRecord log(History history, HttpServletRequest request, HistoryOwner owner, SessionEntry entry) {
        String key = request.getHeader(HEADER);
        if (key == null || !KEY.matcher(key).matches()) {
            return history.log(owner, entry);
        }
        try {
            return history.logOnce(owner, entry, key);
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            // The other request stored it between our look-up and our insert: answer with its session.
            return history.loggedUnder(owner, key).orElseThrow(() -> sameKeyAtOnce);
        }
    }
}
