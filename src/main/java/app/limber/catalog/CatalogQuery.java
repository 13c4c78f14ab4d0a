package app.limber.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * A catalog filter. Within one facet the values are alternatives (block is warm-up OR stretch); the facets
 * combine (AND). {@code noEquipment} is the "no equipment" choice of the equipment facet.
 */
public record CatalogQuery(Set<Block> blocks, Set<BodyPosition> positions, Set<Equipment> equipment,
                           boolean noEquipment, Set<Area> areas, Set<Slot> slots, String text) {

    public CatalogQuery {
        blocks = Set.copyOf(blocks);
        positions = Set.copyOf(positions);
        equipment = Set.copyOf(equipment);
        areas = Set.copyOf(areas);
        slots = Set.copyOf(slots);
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return blocks.isEmpty() && positions.isEmpty() && equipment.isEmpty() && !noEquipment && areas.isEmpty()
                && slots.isEmpty() && text.isEmpty();
    }

    boolean matches(Movement m) {
        return (blocks.isEmpty() || blocks.contains(m.block()))
                && (positions.isEmpty() || positions.contains(m.position()))
                && matchesEquipment(m)
                && (areas.isEmpty() || m.areas().stream().anyMatch(areas::contains))
                && (slots.isEmpty() || m.slots().stream().anyMatch(slots::contains))
                && matchesText(m);
    }

    private boolean matchesEquipment(Movement m) {
        if (equipment.isEmpty() && !noEquipment) {
            return true;
        }
        return (noEquipment && m.needsNoEquipment()) || m.allEquipment().stream().anyMatch(equipment::contains);
    }

    /** Every word must appear in the name, summary, the articles' names for it or its steps. */
    private boolean matchesText(Movement m) {
        if (text.isEmpty()) {
            return true;
        }
        String haystack = (m.name() + " " + m.summary() + " " + String.join(" ", m.steps()) + " "
                + m.sources().stream().map(Source::nameInArticle).reduce("", (a, b) -> a + " " + b))
                .toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
