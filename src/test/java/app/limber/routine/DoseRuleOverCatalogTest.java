package app.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Catalog;
import app.limber.catalog.CatalogSlice;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one dose rule ({@link DoseBounds}) over every movement of the real catalog at every time of day: no field is
 * locked (min below max), the dose a routine starts at and the biggest it grows to are both inside, so the page
 * never shows a value its own form refuses (the iron cross's 3 s hold under a 5 s minimum), and the edit accepts
 * every figure the form offers.
 */
@CatalogSlice
class DoseRuleOverCatalogTest {

    @Autowired
    Catalog catalog;

    RoutineBuilder builder;
    RoutineEdits edits;

    @BeforeEach
    void builder() {
        builder = new RoutineBuilder(catalog.movements(), catalog.sessionRules());
        edits = new RoutineEdits(builder);
    }

    @Test
    void every_movement_can_keep_its_own_doses_and_every_field_has_room() {
        List<String> problems = new ArrayList<>();
        for (Movement m : catalog.movements()) {
            for (Slot slot : Slot.values()) {
                SlotRules rules = builder.slotRules(slot);
                for (Dose dose : List.of(Doses.base(m, rules), HoldBoundsTest.grownFully(m, rules))) {
                    DoseBounds bounds = DoseBounds.of(m, dose, rules);
                    String where = m.slug() + " " + slot + " " + dose;
                    check(problems, where + " hold", dose.holdSeconds(), bounds.hold());
                    check(problems, where + " reps", dose.reps(), bounds.reps());
                    check(problems, where + " duration", dose.durationSeconds(), bounds.duration());
                    check(problems, where + " sets", dose.sets(), bounds.sets());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_edit_accepts_both_ends_the_form_offers_for_every_movement() {
        List<String> problems = new ArrayList<>();
        for (Movement m : catalog.movements()) {
            for (Slot slot : Slot.values()) {
                Dose base = Doses.base(m, builder.slotRules(slot));
                List<RoutineEdits.Item> items = List.of(new RoutineEdits.Item(m.slug(), m.block(), base, "r"));
                DoseBounds b = edits.bounds(m, base, slot);
                for (int end = 0; end < 2; end++) {
                    try {
                        edits.dose(items, slot, m.slug(), end(b.hold(), end), end(b.reps(), end),
                                end(b.sets(), end), end(b.duration(), end));
                    } catch (AdjustmentRefused e) {
                        problems.add(m.slug() + " " + slot + " " + (end == 0 ? "min" : "max") + ": "
                                + e.messageKey());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_iron_cross_and_childs_pose_from_the_issue() {
        Movement ironCross = catalog.get("iron-cross");
        SlotRules morning = builder.slotRules(Slot.MORNING);
        Dose cross = Doses.base(ironCross, morning);
        assertThat(cross.holdSeconds()).isEqualTo(3);
        assertThat(DoseBounds.of(ironCross, cross, morning).hold()).isEqualTo(new Range(3, 120));

        Movement pose = catalog.get("childs-pose");
        SlotRules evening = builder.slotRules(Slot.EVENING);
        DoseBounds poseBounds = DoseBounds.of(pose, Doses.base(pose, evening), evening);
        assertThat(poseBounds.hold().min()).isLessThan(poseBounds.hold().max());
        assertThat(poseBounds.hold().min()).isLessThanOrEqualTo(30);
        assertThat(poseBounds.hold().max()).isGreaterThanOrEqualTo(45);
        assertThat(poseBounds.holdBeyondArticle(pose)).isTrue();
    }

    private static Integer end(Range range, int end) {
        return range == null ? null : end == 0 ? range.min() : range.max();
    }

    private static void check(List<String> problems, String where, Integer value, Range bounds) {
        if (value == null) {
            if (bounds != null) {
                problems.add(where + ": bounds " + bounds + " for a figure the dose does not have");
            }
            return;
        }
        if (bounds == null) {
            problems.add(where + ": no bounds");
        } else if (bounds.min() >= bounds.max()) {
            problems.add(where + ": locked at " + bounds);
        } else if (value < bounds.min() || value > bounds.max()) {
            problems.add(where + ": " + value + " outside " + bounds);
        }
    }
}
