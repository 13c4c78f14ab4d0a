package app.limber.routine.saved;

import app.limber.catalog.Block;
import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.routine.Dose;
import app.limber.routine.Eligibility;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRequest;
import app.limber.routine.Sequencing;
import app.limber.routine.Timing;
import app.limber.system.ControlCharacters;
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
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved routines: a fixed copy of a generated routine at an unguessable link, and the edits a person can make to
 * it. Every edit is checked against the same rules as the builder (equipment, place, cautions, the evening's
 * character, extension last, sane doses); one that breaks a rule is refused with the reason and changes nothing.
 */
@Service
@Transactional
public class SavedRoutines {

    /** 16 random bytes in unpadded base64url. */
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    public static final int NAME_MAX = 80;
    public static final Range HOLD = new Range(5, 120);
    public static final Range REPS = new Range(1, 50);
    public static final Range SETS = new Range(1, 5);
    public static final Range DURATION = new Range(30, 1200);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SavedRoutineRepository repository;
    private final RoutineBuilder builder;
    private final Catalog catalog;
    private final Clock clock;
    private final JdbcClient jdbc;

    SavedRoutines(SavedRoutineRepository repository, RoutineBuilder builder, Catalog catalog, Clock clock,
                  JdbcClient jdbc) {
        this.repository = repository;
        this.builder = builder;
        this.catalog = catalog;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Builds the routine for the request and stores it whole; returns its token. */
    public String save(String name, RoutineRequest request) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX || ControlCharacters.in(trimmed)) {
            throw new AdjustmentRefused("routine.error.name", NAME_MAX);
        }
        Routine routine = builder.build(request);
        List<SavedItem> items = routine.items().stream()
                .map(i -> new SavedItem(i.movement().slug(), i.movement().block(), i.dose(), i.reasonKey()))
                .toList();
        String token = newToken();
        repository.save(new SavedRoutineEntity(TokenHash.of(token), trimmed, request, items,
                LocalDateTime.now(clock)));
        return token;
    }

    @Transactional(readOnly = true)
    public SavedRoutine get(String token) {
        SavedRoutineEntity entity = load(token);
        // A kept copy of the page built from it is served only while the row has this version (any instance's
        // edit raises it).
        PageFreshness.register(new SavedRoutineVersion(jdbc, entity.tokenHash(), entity.version()));
        return toSaved(token, entity);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Movements that could take this one's place: same block, allowed by the routine's inputs, not in it yet. */
    @Transactional(readOnly = true)
    public List<Movement> alternatives(SavedRoutine saved, String slug) {
        Block block = catalog.find(slug).map(Movement::block).orElse(null);
        if (block == null) {
            return List.of();
        }
        Set<String> used = used(saved);
        return builder.alternatives(saved.routine().request(), block, used).stream()
                .filter(m -> !breaksOrder(saved.routine(), slug, m))
                .toList();
    }

    /** Movements that could be added, grouped by block in block order. */
    @Transactional(readOnly = true)
    public Map<Block, List<Movement>> addable(SavedRoutine saved) {
        Map<Block, List<Movement>> byBlock = new EnumMap<>(Block.class);
        for (Movement m : builder.addable(saved.routine().request(), used(saved))) {
            if (!breaksOrder(saved.routine(), null, m)) {
                byBlock.computeIfAbsent(m.block(), b -> new ArrayList<>()).add(m);
            }
        }
        return byBlock;
    }

    /** Moves a movement one place up (-1) or down (+1) within its block. */
    public void move(String token, String slug, int delta) {
        SavedRoutineEntity entity = loadForEdit(token);
        List<SavedItem> items = entity.items();
        int from = indexOf(items, slug);
        int to = from + delta;
        if (to < 0 || to >= items.size() || items.get(to).block() != items.get(from).block()) {
            throw new AdjustmentRefused(delta < 0 ? "routine.refused.first" : "routine.refused.last",
                    name(slug));
        }
        List<SavedItem> reordered = new ArrayList<>(items);
        reordered.set(to, items.get(from));
        reordered.set(from, items.get(to));
        checkOrder(reordered);
        items.set(to, reordered.get(to));
        items.set(from, reordered.get(from));
        entity.touch(LocalDateTime.now(clock));
    }

    public void remove(String token, String slug) {
        SavedRoutineEntity entity = loadForEdit(token);
        int index = indexOf(entity.items(), slug);
        if (entity.items().size() == 1) {
            throw new AdjustmentRefused("routine.refused.lastOne");
        }
        entity.items().remove(index);
        entity.touch(LocalDateTime.now(clock));
    }

    public void swap(String token, String slug, String replacementSlug) {
        SavedRoutineEntity entity = loadForEdit(token);
        List<SavedItem> items = entity.items();
        int index = indexOf(items, slug);
        Movement replacement = allowed(entity, replacementSlug);
        if (replacement.block() != items.get(index).block()) {
            throw new AdjustmentRefused("routine.refused.otherBlock", replacement.name(), name(slug));
        }
        List<SavedItem> changed = new ArrayList<>(items);
        changed.set(index, newItem(entity.request(), replacement));
        checkOrder(changed);
        items.set(index, changed.get(index));
        entity.touch(LocalDateTime.now(clock));
    }

    public void add(String token, String slug) {
        SavedRoutineEntity entity = loadForEdit(token);
        Movement movement = allowed(entity, slug);
        List<SavedItem> items = entity.items();
        int at = Sequencing.insertionIndex(items, SavedItem::block,
                i -> catalog.find(i.slug()).map(Sequencing::isExtension).orElse(false), movement);
        List<SavedItem> changed = new ArrayList<>(items);
        changed.add(at, newItem(entity.request(), movement));
        checkOrder(changed);
        items.add(at, changed.get(at));
        entity.touch(LocalDateTime.now(clock));
    }

    /**
     * Changes the hold, reps, sets or duration of one movement, within its {@link DoseBounds} (an evening stretch
     * stays within the holds the builder may plan for it). A figure that is not part of the movement's dosage is refused rather than ignored; a
     * null figure, or one equal to the current value, is left as it is.
     *
     * @return false when nothing would change (nothing is stored then)
     */
    public boolean dose(String token, String slug, Integer hold, Integer reps, Integer sets, Integer duration) {
        SavedRoutineEntity entity = loadForEdit(token);
        SavedItem item = entity.items().get(indexOf(entity.items(), slug));
        Movement movement = catalog.find(slug).orElseThrow(SavedRoutineNotFoundException::new);
        Dose old = item.dose();
        DoseBounds bounds = DoseBounds.of(movement, old, entity.request().slot());
        notPart(hold, bounds.hold(), "routine.refused.noHold", movement);
        notPart(reps, bounds.reps(), "routine.refused.noReps", movement);
        notPart(duration, bounds.duration(), "routine.refused.noDuration", movement);
        Integer newHold = pick(old.holdSeconds(), hold, bounds.hold(), !bounds.eveningHold()
                ? refusal("routine.refused.hold", bounds.hold())
                : bounds.hold().single()
                ? () -> new AdjustmentRefused("routine.refused.eveningHoldExact", movement.name(), bounds.hold().min())
                : () -> new AdjustmentRefused("routine.refused.eveningHold", movement.name(), bounds.hold().min(),
                        bounds.hold().max()));
        Integer newReps = pick(old.reps(), reps, bounds.reps(), refusal("routine.refused.reps", bounds.reps()));
        Integer newDuration = pick(old.durationSeconds(), duration, bounds.duration(),
                refusal("routine.refused.duration", bounds.duration()));
        int newSets = pick(old.sets(), sets, bounds.sets(), refusal("routine.refused.sets", bounds.sets()));
        Dose changed = new Dose(newHold, newReps, newSets, old.eachSide(), newDuration);
        if (changed.equals(old)) {
            return false;
        }
        item.setDose(changed);
        entity.touch(LocalDateTime.now(clock));
        return true;
    }

    // --- helpers --------------------------------------------------------------------------------------------

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
        for (SavedItem item : entity.items()) {
            Optional<Movement> movement = catalog.find(item.slug());
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

    private static Set<String> used(SavedRoutine saved) {
        Set<String> used = saved.routine().items().stream().map(i -> i.movement().slug())
                .collect(Collectors.toSet());
        used.addAll(saved.missingSlugs());
        return used;
    }

    private int indexOf(List<SavedItem> items, String slug) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).slug().equals(slug)) {
                return i;
            }
        }
        throw new AdjustmentRefused("routine.refused.notInRoutine", slug);
    }

    /** The catalog movement, if the routine's inputs allow it and it is not in the routine yet. */
    private Movement allowed(SavedRoutineEntity entity, String slug) {
        if (slug == null || slug.isBlank()) {
            throw new AdjustmentRefused("routine.refused.choose");
        }
        Movement movement = catalog.find(slug)
                .orElseThrow(() -> new AdjustmentRefused("routine.refused.unknown", slug));
        if (entity.items().stream().anyMatch(i -> i.slug().equals(slug))) {
            throw new AdjustmentRefused("routine.refused.duplicate", movement.name());
        }
        Eligibility.refusal(movement, entity.request()).ifPresent(refusal -> {
            throw new AdjustmentRefused("routine.refusal." + refusal.name(), movement.name());
        });
        if (!builder.suits(movement, entity.request().slot())) {
            throw new AdjustmentRefused("routine.refused.slot", movement.name());
        }
        return movement;
    }

    private SavedItem newItem(RoutineRequest request, Movement movement) {
        return new SavedItem(movement.slug(), movement.block(),
                RoutineBuilder.baseDose(movement, request.slot()),
                RoutineBuilder.reasonKey(movement, request, false));
    }

    private void checkOrder(List<SavedItem> items) {
        List<Movement> order = items.stream().map(i -> catalog.find(i.slug())).flatMap(Optional::stream).toList();
        if (Sequencing.breaksExtensionLast(order)) {
            throw new AdjustmentRefused("routine.refused.extensionLast");
        }
    }

    /** Whether putting {@code movement} in (in place of {@code replacing}, or added) would break extension last. */
    private boolean breaksOrder(Routine routine, String replacing, Movement movement) {
        List<Movement> order = new ArrayList<>();
        boolean placed = false;
        for (RoutineItem item : routine.items()) {
            if (item.movement().slug().equals(replacing)) {
                order.add(movement);
                placed = true;
            } else {
                order.add(item.movement());
            }
        }
        if (!placed) {
            order.add(Sequencing.insertionIndex(order, movement), movement);
        }
        return Sequencing.breaksExtensionLast(order);
    }

    private static void notPart(Integer requested, Range bounds, String key, Movement movement) {
        if (requested != null && bounds == null) {
            throw new AdjustmentRefused(key, movement.name());
        }
    }

    private static Supplier<AdjustmentRefused> refusal(String key, Range bounds) {
        return () -> new AdjustmentRefused(key, bounds.min(), bounds.max());
    }

    /** The requested figure if it changes anything; it must then be within bounds. */
    private static Integer pick(Integer old, Integer requested, Range bounds,
                                Supplier<AdjustmentRefused> outOfBounds) {
        if (requested == null || requested.equals(old)) {
            return old;
        }
        if (requested < bounds.min() || requested > bounds.max()) {
            throw outOfBounds.get();
        }
        return requested;
    }

    private String name(String slug) {
        return catalog.find(slug).map(Movement::name).orElse(slug);
    }
}
