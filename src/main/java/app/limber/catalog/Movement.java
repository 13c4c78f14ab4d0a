package app.limber.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One catalog entry, immutable and free of JPA so the routine rules can use it as plain Java.
 *
 * @param equipment groups of alternatives: every group must be met by one item in it; empty means no equipment
 * @param direction which way it takes the upper spine (the extension-last rule reads it)
 * @param pace      how fast one rep goes; null when the movement has no reps
 * @param cues      the key form cues that keep it safe, shown wherever someone does it
 * @param texts     its words in the catalog's other languages, by language ("es"): see {@link #in(Locale)}
 *
 * <p>Only words change with the language; every other field (dosage, equipment, order, sides, rules) is the same
 * record, so the routine rules never depend on the page's language. The text accessors ({@link #name()},
 * {@link #steps()}, ...) answer in the language of the request being served, English outside a request or where a
 * word has no translation; that way a routine built or saved once reads in each visitor's language. {@link
 * #in(Locale)} gives a copy fixed to one language.
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
        List<String> cues,
        Map<String, Text> texts) {

    /**
     * A movement's words in one language, complete: every field already falls back to the English where the
     * translation lacks it.
     */
    public record Text(String name, String summary, String feelIt, List<String> steps, List<String> cautions,
                       List<String> cues, String sourcesDiffer, List<Variation> variations, List<Source> sources) {

        public Text {
            steps = List.copyOf(steps);
            cautions = List.copyOf(cautions);
            cues = List.copyOf(cues);
            variations = List.copyOf(variations);
            sources = List.copyOf(sources);
        }
    }

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
        texts = Map.copyOf(texts);
    }

    /** A movement in English only (the words as given), as the catalog had it before translations. */
    public Movement(int id, String slug, String name, String summary, Block block, Style style,
                    BodyPosition position, String feelIt, Dosage dosage, List<String> steps,
                    List<Set<Equipment>> equipment, Set<Area> areas, Set<Muscle> muscles, Set<Slot> slots,
                    List<String> cautions, Set<Caution> excludedBy, List<Variation> variations, List<Source> sources,
                    String sourcesDiffer, int sortOrder, SpineDirection direction, Pace pace, List<String> cues) {
        this(id, slug, name, summary, block, style, position, feelIt, dosage, steps, equipment, areas, muscles,
                slots, cautions, excludedBy, variations, sources, sourcesDiffer, sortOrder, direction, pace, cues,
                Map.of());
    }

    /** The words for the language being served, or null for the English ones. */
    private Text text() {
        return texts.isEmpty() ? null : texts.get(Translations.current());
    }

    /** This movement fixed to one language's words (English where it has none), every other field the same. */
    public Movement in(Locale locale) {
        Text t = texts.get(Translations.of(locale));
        if (t == null) {
            t = english();
        }
        return new Movement(id, slug, t.name(), t.summary(), block, style, position, t.feelIt(), dosage, t.steps(),
                equipment, areas, muscles, slots, t.cautions(), excludedBy, t.variations(), t.sources(),
                t.sourcesDiffer(), sortOrder, direction, pace, t.cues());
    }

    /** The English words, as stored in the movement's own fields. */
    public Text english() {
        return new Text(name, summary, feelIt, steps, cautions, cues, sourcesDiffer, variations, sources);
    }

    public String name() {
        Text t = text();
        return t == null ? name : t.name();
    }

    public String summary() {
        Text t = text();
        return t == null ? summary : t.summary();
    }

    public String feelIt() {
        Text t = text();
        return t == null ? feelIt : t.feelIt();
    }

    public List<String> steps() {
        Text t = text();
        return t == null ? steps : t.steps();
    }

    public List<String> cautions() {
        Text t = text();
        return t == null ? cautions : t.cautions();
    }

    public List<String> cues() {
        Text t = text();
        return t == null ? cues : t.cues();
    }

    public String sourcesDiffer() {
        Text t = text();
        return t == null ? sourcesDiffer : t.sourcesDiffer();
    }

    public List<Variation> variations() {
        Text t = text();
        return t == null ? variations : t.variations();
    }

    public List<Source> sources() {
        Text t = text();
        return t == null ? sources : t.sources();
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
