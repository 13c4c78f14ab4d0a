package app.limber.catalog;

import java.util.List;

/**
 * Catalog movements with key form cues and cautions of a test's choosing: the seeded catalog has no cues yet, and
 * the pages that show them must be tested with some. The one place a test copies a Movement component by component.
 */
public final class WithCare {

    private WithCare() {
    }

    /** The movement with these cues and cautions in place of its own. */
    public static Movement withCare(Movement m, List<String> cues, List<String> cautions) {
        return new Movement(m.id(), m.slug(), m.name(), m.summary(), m.block(), m.style(), m.position(), m.feelIt(),
                m.dosage(), m.steps(), m.equipment(), m.areas(), m.muscles(), m.slots(), cautions, m.excludedBy(),
                m.variations(), m.sources(), m.sourcesDiffer(), m.sortOrder(), m.direction(), m.pace(), cues);
    }

    /** The movement with this pace in place of its own (null: no reps). */
    public static Movement withPace(Movement m, Pace pace) {
        return new Movement(m.id(), m.slug(), m.name(), m.summary(), m.block(), m.style(), m.position(), m.feelIt(),
                m.dosage(), m.steps(), m.equipment(), m.areas(), m.muscles(), m.slots(), m.cautions(), m.excludedBy(),
                m.variations(), m.sources(), m.sourcesDiffer(), m.sortOrder(), m.direction(), pace, m.cues());
    }
}
