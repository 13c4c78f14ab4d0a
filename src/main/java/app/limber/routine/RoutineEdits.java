package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;
import app.limber.system.ControlCharacters;
import app.limber.system.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The edits a person can make to a kept routine, checked against the builder's own rules (equipment, place,
 * cautions, the time of day's character, extension last, sane doses): each takes the routine's items and returns
 * them changed, or refuses with the reason ({@link AdjustmentRefused}) and changes nothing. Plain Java; storing
 * the result is the caller's business.
 *
 * <p>What the edit page offers ({@link #alternatives}, {@link #addable}) is worked out by the same placement and
 * the same order check as the edits themselves, so the page never offers an edit that would be refused for its
 * order.
 */
public final class RoutineEdits {

    /** The longest name a routine may be kept under. */
    public static final int NAME_MAX = 80;

    /**
     * One movement of a kept routine. The slug and block stay even when the catalog no longer has the movement
     * (such an item is placed by its block alone and left out of the order check).
     */
    public record Item(String slug, Block block, Dose dose, String reasonKey) {
    }

    private final RoutineBuilder builder;

    /** @param builder the builder over the catalog: its rules and its movements */
    public RoutineEdits(RoutineBuilder builder) {
        this.builder = builder;
    }

    /**
     * The name a routine is kept under: stripped, 1 to {@link #NAME_MAX} characters, no control characters.
     *
     * @throws AdjustmentRefused saying which rule the name breaks
     */
    public static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (ControlCharacters.in(name)) {
            throw new AdjustmentRefused("error.badRequest.control.name");
        }
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new AdjustmentRefused("routine.error.name", NAME_MAX);
        }
        return name;
    }

    /** A generated routine's items, in order, as a kept copy starts. */
    public static List<Item> items(Routine routine) {
        return routine.items().stream()
                .map(i -> new Item(i.movement().slug(), i.movement().block(), i.dose(), i.reasonKey()))
                .toList();
    }

    /** Moves a movement one place up (-1) or down (+1) within its block. */
    public List<Item> move(List<Item> items, String slug, int delta) {
        int from = indexOf(items, slug);
        int to = from + delta;
        if (to < 0 || to >= items.size() || items.get(to).block() != items.get(from).block()) {
            throw new AdjustmentRefused(delta < 0 ? "routine.refused.first" : "routine.refused.last", movementName(slug));
        }
        List<Item> reordered = new ArrayList<>(items);
        reordered.set(to, items.get(from));
        reordered.set(from, items.get(to));
        return checkedOrder(reordered);
    }

    /** Takes a movement out; the last one stays. */
    public List<Item> remove(List<Item> items, String slug) {
        int index = indexOf(items, slug);
        if (items.size() == 1) {
            throw new AdjustmentRefused("routine.refused.lastOne");
        }
        List<Item> changed = new ArrayList<>(items);
        changed.remove(index);
        return List.copyOf(changed);
    }

    /** Puts another movement of the same block, allowed by the routine's inputs, in this one's place. */
    public List<Item> swap(List<Item> items, RoutineRequest request, String slug, String replacementSlug) {
        int index = indexOf(items, slug);
        Movement replacement = allowed(items, request, replacementSlug);
        if (replacement.block() != items.get(index).block()) {
            throw new AdjustmentRefused("routine.refused.otherBlock", replacement.name(), movementName(slug));
        }
        return checkedOrder(placed(items, index, newItem(request, replacement)));
    }

    /** Adds a movement allowed by the routine's inputs where additions go ({@link Sequencing#insertionIndex}). */
    public List<Item> add(List<Item> items, RoutineRequest request, String slug) {
        Movement movement = allowed(items, request, slug);
        return checkedOrder(placed(items, -1, newItem(request, movement)));
    }

    /**
     * Changes the hold, reps, sets or duration of one movement, within its {@link DoseBounds} (an evening stretch
     * stays within the holds the builder may plan for it). A figure that is not part of the movement's dosage is
     * refused rather than ignored; a null figure, or one equal to the current value, is left as it is.
     *
     * @return the items, equal to the ones given when nothing would change
     * @throws NotFoundException when the catalog no longer has the movement
     */
    public List<Item> dose(List<Item> items, Slot slot, String slug, Integer hold, Integer reps, Integer sets,
                           Integer duration) {
        int index = indexOf(items, slug);
        Item item = items.get(index);
        // The same answer as an unknown routine gave before these rules left the storage service: a 404.
        Movement movement = builder.find(slug).orElseThrow(() -> new NotFoundException("error.notFound.routine"));
        Dose old = item.dose();
        DoseBounds bounds = bounds(movement, old, slot);
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
            return items;
        }
        List<Item> result = new ArrayList<>(items);
        result.set(index, new Item(item.slug(), item.block(), changed, item.reasonKey()));
        return List.copyOf(result);
    }

    /** What a person may set for this movement at this dose in a kept routine of this time of day. */
    public DoseBounds bounds(Movement movement, Dose dose, Slot slot) {
        return DoseBounds.of(movement, dose, builder.slotRules(slot));
    }

    /**
     * Movements that could take this one's place in a kept routine: same block, allowed by its inputs, not in it
     * yet (nor among the {@code missingSlugs} the catalog lost), keeping extension last.
     */
    public List<Movement> alternatives(Routine routine, Collection<String> missingSlugs, String slug) {
        Block block = builder.find(slug).map(Movement::block).orElse(null);
        if (block == null) {
            return List.of();
        }
        List<Item> items = items(routine);
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).slug().equals(slug)) {
                index = i;
            }
        }
        int at = index;
        return builder.alternatives(routine.request(), block, used(routine, missingSlugs)).stream()
                .filter(m -> keepsOrder(placed(items, at, newItem(routine.request(), m))))
                .toList();
    }

    /** Movements that could be added to a kept routine, grouped by block in block order. */
    public Map<Block, List<Movement>> addable(Routine routine, Collection<String> missingSlugs) {
        List<Item> items = items(routine);
        Map<Block, List<Movement>> byBlock = new EnumMap<>(Block.class);
        for (Movement m : builder.addable(routine.request(), used(routine, missingSlugs))) {
            if (keepsOrder(placed(items, -1, newItem(routine.request(), m)))) {
                byBlock.computeIfAbsent(m.block(), b -> new ArrayList<>()).add(m);
            }
        }
        return byBlock;
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static Set<String> used(Routine routine, Collection<String> missingSlugs) {
        Set<String> used = new HashSet<>(missingSlugs);
        routine.items().forEach(i -> used.add(i.movement().slug()));
        return used;
    }

    private int indexOf(List<Item> items, String slug) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).slug().equals(slug)) {
                return i;
            }
        }
        throw new AdjustmentRefused("routine.refused.notInRoutine", slug);
    }

    /** The catalog movement, if the routine's inputs allow it and it is not in the routine yet. */
    private Movement allowed(List<Item> items, RoutineRequest request, String slug) {
        if (slug == null || slug.isBlank()) {
            throw new AdjustmentRefused("routine.refused.choose");
        }
        Movement movement = builder.find(slug)
                .orElseThrow(() -> new AdjustmentRefused("routine.refused.unknown", slug));
        if (items.stream().anyMatch(i -> i.slug().equals(slug))) {
            throw new AdjustmentRefused("routine.refused.duplicate", movement.name());
        }
        builder.eligibility().refusal(movement, request).ifPresent(refusal -> {
            throw new AdjustmentRefused("routine.refusal." + refusal.name(), movement.name());
        });
        if (!builder.suits(movement, request.slot())) {
            throw new AdjustmentRefused("routine.refused.slot", movement.name());
        }
        return movement;
    }

    /** A movement as it joins a kept routine: at its starting dose, with the reason the builder would give. */
    private Item newItem(RoutineRequest request, Movement movement) {
        return new Item(movement.slug(), movement.block(), builder.baseDose(movement, request.slot()),
                RoutineBuilder.reasonKey(movement, request, false));
    }

    /**
     * The one placement of a swap or an addition: {@code item} in place of the one at {@code index}, or, at -1,
     * added where additions go ({@link Sequencing#insertionIndex}).
     */
    private List<Item> placed(List<Item> items, int index, Item item) {
        List<Item> changed = new ArrayList<>(items);
        if (index >= 0) {
            changed.set(index, item);
        } else {
            Movement movement = builder.find(item.slug()).orElseThrow();
            changed.add(Sequencing.insertionIndex(items, Item::block, this::isExtension, movement), item);
        }
        return changed;
    }

    private boolean isExtension(Item item) {
        return builder.find(item.slug()).map(Sequencing::isExtension).orElse(false);
    }

    /** The one order check of an edit: extension last in the stretch work, over the movements the catalog has. */
    private boolean keepsOrder(List<Item> items) {
        List<Movement> order = new ArrayList<>(items.size());
        items.forEach(i -> builder.find(i.slug()).ifPresent(order::add));
        return !Sequencing.breaksExtensionLast(order);
    }

    private List<Item> checkedOrder(List<Item> items) {
        if (!keepsOrder(items)) {
            throw new AdjustmentRefused("routine.refused.extensionLast");
        }
        return List.copyOf(items);
    }

    private String movementName(String slug) {
        return builder.find(slug).map(Movement::name).orElse(slug);
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
}
