package app.limber.routine.saved;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineEdits;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRequest;
import app.limber.routine.Timing;
import app.limber.catalog.Slot;
import app.limber.system.Sha256;
import java.time.Duration;
import app.limber.system.cache.PageFreshness;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved routines: a fixed copy of a generated routine at an unguessable link. This service only loads, applies
 * and stores: the rules of an edit are {@link RoutineEdits}' (a refused edit throws before anything is written).
 * Transactions are where the database is: one read for a page, one locked read-and-write for an edit.
 */
@Service
public class SavedRoutines {

    /** 16 random bytes in unpadded base64url. */
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a deleted routine can be restored from its owner's list before it is purged. */
    public static final Duration UNDO_DAYS = Duration.ofDays(30);

    /** The most routines a list shows (newest first). */
    static final int LIST_MAX = 200;

    private final SavedRoutineRepository repository;
    private final RoutineBuilder builder;
    private final RoutineEdits edits;
    private final Clock clock;
    private final JdbcClient jdbc;

    SavedRoutines(SavedRoutineRepository repository, RoutineBuilder builder, RoutineEdits edits, Clock clock,
                  JdbcClient jdbc) {
        this.repository = repository;
        this.builder = builder;
        this.edits = edits;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Builds the routine for the request and stores it whole; returns its token. The name and the building are
     * in memory; the one insert is the repository's own transaction.
     *
     * @throws app.limber.routine.AdjustmentRefused when the name breaks {@link RoutineEdits#name}
     */
    public String save(String name, RoutineRequest request) {
        return save(name, request, null);
    }

    /**
     * As {@link #save(String, RoutineRequest)}, in the list of the browser with this identifier (none when null).
     */
    public String save(String name, RoutineRequest request, String ownerId) {
        String checked = RoutineEdits.name(name);
        return store(checked, request, RoutineEdits.items(builder.build(request)), ownerId);
    }

    private String store(String name, RoutineRequest request, List<RoutineEdits.Item> items, String ownerId) {
        String token = newToken();
        SavedRoutineEntity entity = new SavedRoutineEntity(TokenHash.of(token), name, request,
                items.stream().map(SavedItem::of).toList(), LocalDateTime.now(clock));
        if (ownerId != null) {
            entity.own(Sha256.hex(ownerId), TokenSeal.seal(token, ownerId));
        }
        repository.save(entity);
        return token;
    }

    // --- a browser's own list -------------------------------------------------------------------------------

    /**
     * The routines saved in the browser with this identifier, newest first, the deleted ones still
     * restorable among them. One statement, without loading items.
     */
    @Transactional(readOnly = true)
    public List<MyRoutine> mine(String ownerId) {
        LocalDateTime purgeBefore = LocalDateTime.now(clock).minus(UNDO_DAYS);
        return jdbc.sql("""
                        select r.owner_token, r.name, r.slot, r.minutes, r.created_at, r.updated_at, r.deleted_at,
                               (select count(*) from saved_routine_item i where i.routine_id = r.id) as movements
                        from saved_routine r
                        where r.owner_hash = ? and (r.deleted_at is null or r.deleted_at >= ?)
                        order by r.created_at desc, r.id desc
                        fetch first %d rows only""".formatted(LIST_MAX))
                .param(Sha256.hex(ownerId)).param(purgeBefore)
                .query((rs, n) -> new Row(rs.getString(1), new MyRoutine(null, rs.getString(2),
                        Slot.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(8),
                        rs.getObject(5, LocalDateTime.class), rs.getObject(6, LocalDateTime.class),
                        rs.getObject(7, LocalDateTime.class))))
                .list().stream()
                // A token that does not open with this identifier's key is left out (a damaged value).
                .flatMap(row -> TokenSeal.open(row.sealedToken(), ownerId).map(row::withToken).stream())
                .toList();
    }

    private record Row(String sealedToken, MyRoutine routine) {

        MyRoutine withToken(String token) {
            return new MyRoutine(token, routine.name(), routine.slot(), routine.minutes(), routine.movements(),
                    routine.createdAt(), routine.updatedAt(), routine.deletedAt());
        }
    }

    /**
     * Renames a routine of this browser's.
     *
     * @throws app.limber.routine.AdjustmentRefused when the name breaks {@link RoutineEdits#name}
     * @throws NotYourRoutineException when another browser saved it
     */
    @Transactional
    public String rename(String token, String ownerId, String name) {
        // Whose it is comes first: a stranger's rename is a 404 whatever name it sends.
        SavedRoutineEntity entity = owned(token, ownerId);
        if (entity.deleted()) {
            throw new SavedRoutineGoneException();
        }
        String checked = RoutineEdits.name(name);
        entity.rename(checked, LocalDateTime.now(clock));
        return checked;
    }

    /**
     * Deletes a routine of this browser's, restorable with {@link #restore} for {@link #UNDO_DAYS}; its link
     * answers 410 meanwhile. Purges a few routines whose time to undo is over, whoever saved them.
     *
     * @return its name
     */
    @Transactional
    public String delete(String token, String ownerId) {
        SavedRoutineEntity entity = owned(token, ownerId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!entity.deleted()) {
            entity.delete(now);
        }
        repository.deleteAll(repository.findTop20ByDeletedAtBefore(now.minus(UNDO_DAYS)));
        return entity.name();
    }

    /** Undoes {@link #delete}; returns the name. */
    @Transactional
    public String restore(String token, String ownerId) {
        SavedRoutineEntity entity = owned(token, ownerId);
        entity.restore();
        return entity.name();
    }

    /**
     * A copy of the routine at this link, as it is now, under a new link in this browser's list. Anyone with the
     * link may copy it (the link already lets them see and change it): the copy is theirs.
     */
    @Transactional
    public String duplicate(String token, String ownerId, String name) {
        String checked = RoutineEdits.name(name);
        SavedRoutineEntity source = load(token);
        return store(checked, source.request(), source.items(), ownerId);
    }

    /** The routine locked for a change of its owner's, or not found for any other browser. */
    private SavedRoutineEntity owned(String token, String ownerId) {
        SavedRoutineEntity entity = repository.findForUpdateByTokenHash(hashOf(token))
                .orElseThrow(SavedRoutineNotFoundException::new);
        if (ownerId == null || !entity.ownedBy(Sha256.hex(ownerId))) {
            throw new NotYourRoutineException();
        }
        return entity;
    }

    /** The routine saved under this token, as saved. Read-only: its items load lazily inside. */
    @Transactional(readOnly = true)
    public SavedRoutine get(String token) {
        SavedRoutineEntity entity = load(token);
        // A kept copy of the page built from it is served only while the row has this version (any instance's
        // edit raises it).
        PageFreshness.register(new SavedRoutineVersion(jdbc, entity.tokenHash(), entity.version()));
        return toSaved(token, entity);
    }

    /** Moves a movement one place up (-1) or down (+1) within its block ({@link RoutineEdits#move}). */
    @Transactional
    public void move(String token, String slug, int delta) {
        edit(token, (items, request) -> edits.move(items, slug, delta));
    }

    @Transactional
    public void remove(String token, String slug) {
        edit(token, (items, request) -> edits.remove(items, slug));
    }

    @Transactional
    public void swap(String token, String slug, String replacementSlug) {
        edit(token, (items, request) -> edits.swap(items, request, slug, replacementSlug));
    }

    @Transactional
    public void add(String token, String slug) {
        edit(token, (items, request) -> edits.add(items, request, slug));
    }

    /**
     * Changes the hold, reps, sets or duration of one movement ({@link RoutineEdits#dose}).
     *
     * @return false when nothing would change (nothing is stored then)
     */
    @Transactional
    public boolean dose(String token, String slug, Integer hold, Integer reps, Integer sets, Integer duration) {
        return edit(token, (items, request) -> edits.dose(items, request.slot(), slug, hold, reps, sets, duration));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** Loads the routine locked, applies the edit and stores what changed; false when nothing did. */
    private boolean edit(String token,
                         BiFunction<List<RoutineEdits.Item>, RoutineRequest, List<RoutineEdits.Item>> edit) {
        SavedRoutineEntity entity = loadForEdit(token);
        List<RoutineEdits.Item> before = entity.items();
        List<RoutineEdits.Item> after = edit.apply(before, entity.request());
        if (after.equals(before)) {
            return false;
        }
        entity.replaceItems(after, LocalDateTime.now(clock));
        return true;
    }

    private SavedRoutineEntity load(String token) {
        return live(repository.findByTokenHash(hashOf(token)).orElseThrow(SavedRoutineNotFoundException::new));
    }

    /** A deleted routine's link is gone (410) for viewing and editing alike, until its owner restores it. */
    private static SavedRoutineEntity live(SavedRoutineEntity entity) {
        if (entity.deleted()) {
            throw new SavedRoutineGoneException();
        }
        return entity;
    }

    /**
     * As {@link #load}, locking the row first: a second edit of the same routine waits, then reads what the first
     * stored, instead of failing on the version at commit (two clicks on "down" used to give a 500).
     */
    private SavedRoutineEntity loadForEdit(String token) {
        return live(repository.findForUpdateByTokenHash(hashOf(token))
                .orElseThrow(SavedRoutineNotFoundException::new));
    }

    /** The stored hash of a token; one Limber could not have made is not looked up at all. */
    private static String hashOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new SavedRoutineNotFoundException();
        }
        return TokenHash.of(token);
    }

    /** The page's view of a routine; the token comes from the link, since only its hash is stored. */
    private SavedRoutine toSaved(String token, SavedRoutineEntity entity) {
        RoutineRequest request = entity.request();
        Map<Block, List<RoutineItem>> byBlock = new EnumMap<>(Block.class);
        List<String> missing = new ArrayList<>();
        for (RoutineEdits.Item item : entity.items()) {
            Optional<Movement> movement = builder.find(item.slug());
            if (movement.isEmpty()) {
                missing.add(item.slug());
                continue;
            }
            Movement m = movement.get();
            byBlock.computeIfAbsent(m.block(), b -> new ArrayList<>())
                    .add(new RoutineItem(m, item.dose(), Timing.seconds(m, item.dose()), savedReason(item.reasonKey())));
        }
        // Timed in order: each movement's transition depends on the one before it.
        List<RoutineBlock> blocks = Timing.inOrder(byBlock.entrySet().stream()
                .map(e -> new RoutineBlock(e.getKey(), e.getValue())).toList());
        List<String> notices = new ArrayList<>();
        int total = blocks.stream().mapToInt(RoutineBlock::seconds).sum();
        if (total < RoutineBuilder.lowSeconds(request.minutes())
                || total > RoutineBuilder.highSeconds(request.minutes())) {
            notices.add("routine.notice.adjustedTime");
        }
        return new SavedRoutine(token, entity.name(), new Routine(request, blocks, notices),
                entity.createdAt(), entity.updatedAt(), missing);
    }

    /** A saved copy does not change tomorrow, so its main stretch is simply the routine's main stretch. */
    private static String savedReason(String reasonKey) {
        return "routine.reason.main".equals(reasonKey) ? "routine.reason.mainSaved" : reasonKey;
    }
}
