package app.limber.follow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A history without a database, for web slices: it keeps what was logged in a list (and has no sessions to read
 * back). Its repository is never touched, since every method that would is overridden.
 */
public class RecordingHistory extends History {

    private final List<SessionEntry> logged = new ArrayList<>();

    public RecordingHistory() {
        super(null, Clock.systemUTC());
    }

    @Override
    public synchronized SessionRecord log(HistoryOwner owner, SessionEntry entry) {
        logged.add(entry);
        return new SessionRecord(logged.size(), Instant.EPOCH, entry.zone(), entry.routinePath(), entry.routineName(),
                entry.slot(), entry.plannedSeconds(), entry.durationSeconds(), entry.before(), entry.after(),
                List.copyOf(entry.done()), List.of());
    }

    @Override
    public List<SessionRecord> sessions(HistoryOwner owner) {
        return List.of();
    }

    @Override
    public boolean delete(HistoryOwner owner, long id) {
        return false;
    }

    @Override
    public boolean exists(OwnerHash owner) {
        return false;
    }

    @Override
    public long count(OwnerHash owner) {
        return 0;
    }

    /** Forgets what was logged (the slice's context, and so this bean, is shared by its tests). */
    public synchronized void clear() {
        logged.clear();
    }

    public synchronized List<SessionEntry> logged() {
        return List.copyOf(logged);
    }
}
