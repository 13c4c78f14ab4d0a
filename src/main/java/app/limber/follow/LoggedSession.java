package app.limber.follow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One logged session, owned by the hash of a browser's identifier. Read through {@link History} only. */
@Entity
@Table(name = "logged_session")
class LoggedSession {

    @Embeddable
    record Movement(@Column(name = "slug") String slug, @Column(name = "done") boolean done) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_hash", nullable = false, length = 64)
    private String ownerHash;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    private String zone;
    private String routinePath;
    private String routineName;
    private String slot;
    private int plannedSeconds;
    private int durationSeconds;
    private Integer tightnessBefore;
    private Integer tightnessAfter;

    /** The client's key for this session (offline outbox), stored once: see {@link History#logOnce}. */
    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @ElementCollection
    @CollectionTable(name = "logged_movement", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<Movement> movements = new ArrayList<>();

    protected LoggedSession() {
    }

    LoggedSession(HistoryOwner owner, Instant loggedAt, SessionEntry entry) {
        this.ownerHash = owner.hash().value();
        this.loggedAt = loggedAt;
        this.zone = entry.zone().getId();
        this.routinePath = RoutinePathSeal.seal(entry.routinePath(), owner);
        this.routineName = entry.routineName();
        this.slot = entry.slot().name();
        this.plannedSeconds = entry.plannedSeconds();
        this.durationSeconds = entry.durationSeconds();
        this.tightnessBefore = entry.before();
        this.tightnessAfter = entry.after();
        entry.movements().forEach(slug -> movements.add(new Movement(slug, entry.done().contains(slug))));
    }

    LoggedSession(HistoryOwner owner, Instant loggedAt, SessionEntry entry, String idempotencyKey) {
        this(owner, loggedAt, entry);
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * Seals a private routine link stored in clear (rows logged before links were sealed); the owner is the only
     * one who can, since the key comes from the identifier. Returns whether anything changed.
     */
    boolean sealPath(HistoryOwner owner) {
        if (!RoutinePathSeal.isPrivate(routinePath)) {
            return false;
        }
        routinePath = RoutinePathSeal.seal(routinePath, owner);
        return true;
    }

    /** The session as pages read it, its routine link opened with the owner's key (null if it cannot be). */
    SessionRecord toRecord(HistoryOwner owner) {
        return new SessionRecord(id, loggedAt, java.time.ZoneId.of(zone),
                RoutinePathSeal.open(routinePath, owner).orElse(null), routineName,
                app.limber.catalog.Slot.valueOf(slot), plannedSeconds, durationSeconds, tightnessBefore,
                tightnessAfter, movements.stream().filter(Movement::done).map(Movement::slug).toList(),
                movements.stream().filter(m -> !m.done()).map(Movement::slug).toList());
    }
}
