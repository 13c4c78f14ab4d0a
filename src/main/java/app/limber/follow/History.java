package app.limber.follow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every browser's session history, always through the hash of its identifier: there is no method that reads or
 * changes a session without naming its owner, so one browser cannot reach another's rows.
 */
@Service
public class History {

    private final LoggedSessionRepository sessions;
    private final Clock clock;

    History(LoggedSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Logs a session now, under this owner. */
    @Transactional
    public SessionRecord log(OwnerHash owner, SessionEntry entry) {
        return sessions.save(new LoggedSession(owner.value(), Instant.now(clock), entry)).toRecord();
    }

    /** This owner's sessions, oldest first. */
    @Transactional(readOnly = true)
    public List<SessionRecord> sessions(OwnerHash owner) {
        return sessions.findByOwnerHashOrderByLoggedAtAsc(owner.value()).stream()
                .map(LoggedSession::toRecord).toList();
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
