package app.limber.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One catalog entry, immutable and free of JPA so the routine rules can use it as plain Java.
 *
 * @param equipment groups of alternatives: every group must be met by one item in it; empty means no equipment
 * @param direction which way it takes the upper spine (the extension-last rule reads it)
 * @param pace      how fast one rep goes; null when the movement has no reps
 * @param cues      the key form cues that keep it safe, shown wherever someone does it
 */
public record Movement(
        int id,
        String slug,
        String name,
        String summary,
        Block block,
        Style style,
        BodyPosition position,
        String feelIt,
        Dosage dosage,
        List<String> steps,
        List<Set<Equipment>> equipment,
        Set<Area> areas,
        Set<Muscle> muscles,
        Set<Slot> slots,
        List<String> cautions,
        Set<Caution> excludedBy,
        List<Variation> variations,
        List<Source> sources,
        String sourcesDiffer,
        int sortOrder,
        SpineDirection direction,
        Pace pace,
        List<String> cues) {

    /** The catalog's order: by block, then the block's own order, then slug (so equal orders stay stable). */
    public static final Comparator<Movement> CATALOG_ORDER =
            Comparator.comparing(Movement::block).thenComparingInt(Movement::sortOrder).thenComparing(Movement::slug);

    private static final Set<BodyPosition> FLOOR =
            EnumSet.of(BodyPosition.ALL_FOURS, BodyPosition.KNEELING, BodyPosition.LYING, BodyPosition.FLOOR_SITTING);

    public Movement {
        steps = List.copyOf(steps);
        equipment = equipment.stream().map(Movement::ordered).toList();
        areas = ordered(areas);
        muscles = ordered(muscles);
        slots = ordered(slots);
        cautions = List.copyOf(cautions);
        excludedBy = ordered(excludedBy);
        variations = List.copyOf(variations);
        sources = List.copyOf(sources);
        direction = direction == null ? SpineDirection.NONE : direction;
        cues = List.copyOf(cues);
    }

    /** Immutable and in declaration order, so pages list morning before evening. */
    private static <E extends Enum<E>> Set<E> ordered(Set<E> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    public boolean needsNoEquipment() {
        return equipment.isEmpty();
    }

    /** True when every equipment group can be met from what the user has. */
    public boolean doableWith(Collection<Equipment> available) {
        return equipment.stream().allMatch(group -> group.stream().anyMatch(available::contains));
    }

    /** Every piece of equipment named, alternatives included. */
    public Set<Equipment> allEquipment() {
        EnumSet<Equipment> all = EnumSet.noneOf(Equipment.class);
        equipment.forEach(all::addAll);
        return all;
    }

    /** Done on the floor (lying, kneeling, all fours or sitting on the floor): never at a desk. */
    public boolean onFloor() {
        return FLOOR.contains(position);
    }

    public boolean excludedByAny(Collection<Caution> cautions) {
        return cautions.stream().anyMatch(excludedBy::contains);
    }
}
