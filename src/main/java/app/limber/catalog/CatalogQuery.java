package app.limber.catalog;

import java.util.Set;

/**
 * A catalog filter. Within one facet the values are alternatives (block is warm-up OR stretch); the facets
 * combine (AND). {@code noEquipment} is the "no equipment" choice of the equipment facet. The text is what was
 * typed in the search box.
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

    /** Whether a facet (block, position, equipment, area, time of day) is set; the search text is not a filter. */
    public boolean hasFilters() {
        return !blocks.isEmpty() || !positions.isEmpty() || !equipment.isEmpty() || noEquipment || !areas.isEmpty()
                || !slots.isEmpty();
    }

    /** Whether the movement passes the facets; the text is matched and ranked by the search ({@code catalog.search}). */
    boolean matches(Movement m) {
        return (blocks.isEmpty() || blocks.contains(m.block()))
                && (positions.isEmpty() || positions.contains(m.position()))
                && matchesEquipment(m)
                && (areas.isEmpty() || m.areas().stream().anyMatch(areas::contains))
                && (slots.isEmpty() || m.slots().stream().anyMatch(slots::contains));
    }

    private boolean matchesEquipment(Movement m) {
        if (equipment.isEmpty() && !noEquipment) {
            return true;
        }
        return (noEquipment && m.needsNoEquipment()) || m.allEquipment().stream().anyMatch(equipment::contains);
    }
}
