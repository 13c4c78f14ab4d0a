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
        String checked = RoutineEdits.name(name);
        List<SavedItem> items = RoutineEdits.items(builder.build(request)).stream().map(SavedItem::of).toList();
        String token = newToken();
        repository.save(new SavedRoutineEntity(TokenHash.of(token), checked, request, items,
                LocalDateTime.now(clock)));
        return token;
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
        return repository.findByTokenHash(hashOf(token)).orElseThrow(SavedRoutineNotFoundException::new);
    }

    /**
     * As {@link #load}, locking the row first: a second edit of the same routine waits, then reads what the first
     * stored, instead of failing on the version at commit (two clicks on "down" used to give a 500).
     */
    private SavedRoutineEntity loadForEdit(String token) {
        return repository.findForUpdateByTokenHash(hashOf(token)).orElseThrow(SavedRoutineNotFoundException::new);
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
        List<RoutineBlock> blocks = byBlock.entrySet().stream()
                .map(e -> new RoutineBlock(e.getKey(), e.getValue())).toList();
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
