package app.limber.follow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every browser's session history, always through the hash of its identifier: there is no method that reads or
 * changes a session without naming its owner, so one browser cannot reach another's rows.
 */
@Service
public class History {

    private static final Logger log = LoggerFactory.getLogger(History.class);

    private final LoggedSessionRepository sessions;
    private final Clock clock;

    History(LoggedSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Logs a session now, under this owner; a saved routine's link is stored sealed with the owner's key. */
    @Transactional
    public SessionRecord log(HistoryOwner owner, SessionEntry entry) {
        return sessions.save(new LoggedSession(owner, Instant.now(clock), entry)).toRecord(owner);
    }

    /**
     * Logs a session sent with a client's idempotency key, once: a repeat of the key (the answer to the first
     * send was lost, two tabs sent the same waiting session) returns the session stored the first time. A key is
     * the browser's own: the same key from another browser is another session. Two repeats at the same instant
     * are held apart by the unique index on owner and key; the loser's caller looks the winner up with
     * {@link #loggedUnder}.
     */
    @Transactional
    public SessionRecord logOnce(HistoryOwner owner, SessionEntry entry, String key) {
        return sessions.findByOwnerHashAndIdempotencyKey(owner.hash().value(), key).map(first -> first.toRecord(owner))
                .orElseGet(() -> sessions.save(new LoggedSession(owner, Instant.now(clock), entry, key))
                        .toRecord(owner));
    }

    /** This owner's session stored under a client's idempotency key, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<SessionRecord> loggedUnder(HistoryOwner owner, String key) {
        return sessions.findByOwnerHashAndIdempotencyKey(owner.hash().value(), key).map(first -> first.toRecord(owner));
    }

    /**
     * This owner's sessions, oldest first, routine links opened. Rows logged before links were sealed still hold
     * a saved routine's link in clear: they are sealed here, on the owner's first visit, since only the owner's
     * request brings the key (a write only when there is something to seal).
     */
    @Transactional
    public List<SessionRecord> sessions(HistoryOwner owner) {
        List<LoggedSession> rows = sessions.findByOwnerHashOrderByLoggedAtAsc(owner.hash().value());
        long sealed = rows.stream().filter(row -> row.sealPath(owner)).count();
        if (sealed > 0) {
            log.info("Sealed {} routine links logged in clear for {}", sealed, owner.hash());
        }
        return rows.stream().map(row -> row.toRecord(owner)).toList();
    }

    /**
     * Deletes one of this owner's sessions (its movements with it). The owner is part of the lookup, so another
     * browser's session is simply not found.
     *
     * @return false when this owner has no session with this id
     */
    @Transactional
    public boolean delete(HistoryOwner owner, long id) {
        return sessions.findByIdAndOwnerHash(id, owner.hash().value()).map(row -> {
            sessions.delete(row);
            return true;
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean exists(OwnerHash owner) {
        return sessions.existsByOwnerHash(owner.value());
    }

    @Transactional(readOnly = true)
    public long count(OwnerHash owner) {
        return sessions.countByOwnerHash(owner.value());
    }
}
