package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.catalog.Block;
import app.limber.catalog.Catalog;
import app.limber.catalog.Dosage;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;
import app.limber.routine.saved.SavedRoutine;
import app.limber.routine.saved.SavedRoutines;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The builder and the edits of a saved routine hold a movement within the same bounds ({@link Doses#holdBounds}):
 * what the edit page offers and accepts for an evening stretch is exactly what the builder may plan. Same
 * configuration as the page tests, so the Spring context is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HoldBoundsTest {

    @Autowired
    Catalog catalog;

    @Autowired
    SavedRoutines saved;

    @Autowired
    RoutineEdits edits;

    @Autowired
    RoutineBuilder builder;

    @Autowired
    MockMvcTester mvc;

    /** The biggest dose the builder would ever plan: grown until every figure is at its maximum. */
    static Dose grownFully(Movement movement, SlotRules slot) {
        Dose dose = Doses.base(movement, slot);
        for (Dose bigger = dose; bigger != null; bigger = Doses.grow(movement, bigger, slot)) {
            dose = bigger;
        }
        return dose;
    }

    @Test
    void builder_and_saved_edits_agree_for_every_catalog_movement_and_slot() {
        List<String> problems = new ArrayList<>();
        for (Movement m : catalog.movements()) {
            if (!m.dosage().hasHold()) {
                assertThat(Doses.holdBounds(m, builder.slotRules(Slot.EVENING))).as(m.slug()).isNull();
                continue;
            }
            Range article = m.dosage().hold();
            for (Slot slot : Slot.values()) {
                SlotRules character = builder.slotRules(slot);
                Range bounds = Doses.holdBounds(m, character);
                String where = m.slug() + " " + slot + " " + bounds;
                if (bounds.min() < article.min() || bounds.max() > article.max()) {
                    problems.add(where + ": outside the article's " + article);
                }
                int base = Doses.base(m, character).holdSeconds();
                int most = grownFully(m, character).holdSeconds();
                if (base < bounds.min() || base > bounds.max()) {
                    problems.add(where + ": the builder starts at " + base);
                }
                if (most != bounds.max()) {
                    problems.add(where + ": the builder grows to " + most);
                }
                Range editable = edits.bounds(m, Doses.base(m, character), slot).hold();
                // Outside the evening window: the general bounds taking in the article's range. Inside: what the
                // builder may plan, a single figure widened to the 20-30 s window, an open hold up to the maximum.
                Range window = !bounds.single() ? bounds
                        : new Range(Math.min(bounds.min(), 20), Math.max(bounds.max(), 30));
                Range expected = !character.holdWindowApplies(m.block())
                        ? new Range(Math.min(5, article.min()), Math.max(120, article.max()))
                        : m.dosage().holdOpenEnded() ? new Range(window.min(), DoseBounds.HOLD.max()) : window;
                if (!editable.equals(expected)) {
                    problems.add(where + ": the edit page offers " + editable);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_saved_evening_routine_accepts_exactly_the_holds_the_builder_may_plan() {
        String token = saved.save("Evening holds", new RoutineRequest(Slot.EVENING, 45, EnumSet.allOf(Equipment.class),
                Place.HOME, Set.of(), null, InputSpace.DATE, 0));
        SavedRoutine routine = saved.get(token);
        // Every evening stretch the routine could hold, not only the ones the builder picked.
        // (An extension stretch added keeps later flexion and rotation out, so each is added only while it may be.)
        for (Movement m : edits.addable(routine.routine(), routine.missingSlugs()).values().stream()
                .flatMap(List::stream).filter(m -> m.dosage().hasHold()).toList()) {
            SavedRoutine now = saved.get(token);
            if (edits.addable(now.routine(), now.missingSlugs()).values().stream().flatMap(List::stream)
                    .anyMatch(a -> a.slug().equals(m.slug()))) {
                saved.add(token, m.slug());
            }
        }
        List<Movement> held = saved.get(token).routine().items().stream().map(RoutineItem::movement)
                .filter(m -> m.dosage().hasHold()
                        && builder.slotRules(Slot.EVENING).holdWindowApplies(m.block()))
                .toList();
        assertThat(held).extracting(Movement::slug).contains("childs-pose", "neck-flexion-stretch");
        for (Movement m : held) {
            Range bounds = edits.bounds(m, new Dose(30, null, 1, false, null), Slot.EVENING).hold();
            assertThatThrownBy(() -> saved.dose(token, m.slug(), bounds.max() + 1, null, null, null))
                    .as(m.slug()).isInstanceOf(AdjustmentRefused.class);
            assertThatThrownBy(() -> saved.dose(token, m.slug(), bounds.min() - 1, null, null, null))
                    .as(m.slug()).isInstanceOf(AdjustmentRefused.class);
            saved.dose(token, m.slug(), bounds.max(), null, null, null);
            saved.dose(token, m.slug(), bounds.min(), null, null, null);
        }
    }

    @Test
    void an_evening_stretch_the_article_holds_for_30_seconds_is_offered_from_20_with_limbers_rule() throws Exception {
        String token = saved.save("Child's pose", new RoutineRequest(Slot.EVENING, 10, Set.of(), Place.HOME,
                Set.of(), null, InputSpace.DATE, 0));
        String html = mvc.get().uri("/routines/" + token).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String pose = html.substring(html.indexOf("id=\"item-childs-pose\""));
        // "At least 30 seconds, or for as long as it feels good": the article's single figure is widened by
        // Limber's rule to the evening's 20-30 s window, and, the hold being open, up to the general 120 s.
        boolean open = catalog.get("childs-pose").dosage().holdOpenEnded();
        String item = pose.substring(0, pose.indexOf("</li>"));
        assertThat(item).containsPattern("name=\"hold\"[^>]* min=\"20\" max=\"" + (open ? 120 : 30) + "\"");
        assertThat(item).contains("Limber’s rule");
        saved.dose(token, "childs-pose", 45, null, null, null);
        assertThatThrownBy(() -> saved.dose(token, "childs-pose", 19, null, null, null))
                .isInstanceOfSatisfying(AdjustmentRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("routine.refused.eveningHold");
                    assertThat(e.args()).containsExactly("Child's pose", 20, open ? 120 : 30);
                });
    }

    @Test
    void an_evening_hold_the_window_cannot_reach_keeps_the_articles_range() {
        Movement shortHold = movement("short-hold").block(Block.STRETCH).hold(10, 15).build();
        Movement longHold = movement("long-hold").block(Block.RELAXATION).hold(40, 60).build();
        Movement neck = movement("neck").block(Block.STRETCH).hold(15, 20).build();

        SlotRules evening = builder.slotRules(Slot.EVENING);
        SlotRules morning = builder.slotRules(Slot.MORNING);
        assertThat(Doses.holdBounds(shortHold, evening)).isEqualTo(new Range(10, 15));
        assertThat(Doses.holdBounds(longHold, evening)).isEqualTo(new Range(40, 60));
        assertThat(Doses.holdBounds(neck, evening)).isEqualTo(Range.of(20));
        assertThat(Doses.holdBounds(neck, morning)).isEqualTo(new Range(15, 20));
        assertThat(DoseBounds.of(neck, Doses.base(neck, evening), evening).hold())
                .as("a single evening figure widened to the window").isEqualTo(new Range(20, 30));

        DoseBounds edit = DoseBounds.of(shortHold, Doses.base(shortHold, evening), evening);
        assertThat(edit.hold()).isEqualTo(new Range(10, 15));
        assertThat(edit.eveningHold()).isTrue();
        assertThat(DoseBounds.of(shortHold, Doses.base(shortHold, morning), morning).hold())
                .isEqualTo(new Range(5, 120));
    }

    @Test
    void an_evening_hold_the_article_leaves_open_may_be_set_longer() {
        SlotRules evening = builder.slotRules(Slot.EVENING);
        Dosage closed = new Dosage(Range.of(30), null, null, false, null, null, true, false);
        Dosage open = new Dosage(Range.of(30), null, null, false, null, null, true, true);
        Movement pose = movement("pose").block(Block.STRETCH).hold(30).build();
        Movement openPose = new Movement(pose.id(), pose.slug(), pose.name(), pose.summary(), pose.block(),
                pose.style(), pose.position(), pose.feelIt(), open, pose.steps(), pose.equipment(), pose.areas(),
                pose.muscles(), pose.slots(), pose.cautions(), pose.excludedBy(), pose.variations(), pose.sources(),
                pose.sourcesDiffer(), pose.sortOrder(), pose.direction(), pose.pace(), pose.cues());
        assertThat(pose.dosage()).isEqualTo(closed);

        Dose dose = Doses.base(openPose, evening);
        assertThat(dose.holdSeconds()).as("a routine plans the article's figure").isEqualTo(30);
        assertThat(Doses.grow(openPose, dose, evening).holdSeconds()).as("and grows by a second round only")
                .isEqualTo(30);
        assertThat(DoseBounds.of(openPose, dose, evening).hold()).isEqualTo(new Range(20, DoseBounds.HOLD.max()));
        assertThat(DoseBounds.of(pose, dose, evening).hold()).isEqualTo(new Range(20, 30));
        Dose longer = new Dose(90, null, 1, false, null);
        assertThat(Doses.aboveCatalog(openPose, longer)).as("a longer hold the article allows is not above it")
                .isFalse();
        assertThat(Doses.aboveCatalog(pose, longer)).isTrue();
    }

    @Test
    void a_movement_repeated_at_more_levels_than_the_general_bound_is_offered_its_own_sets() {
        SlotRules morning = builder.slotRules(Slot.MORNING);
        Movement levels = movement("levels").block(Block.MOBILITY).dynamic().reps(3, 4).sets(10, 12).build();
        Dose dose = Doses.base(levels, morning);
        assertThat(dose.sets()).isEqualTo(10);
        assertThat(DoseBounds.of(levels, dose, morning).sets()).isEqualTo(new Range(1, 12));
        Movement few = movement("few").reps(5).sets(1, 2).build();
        assertThat(DoseBounds.of(few, Doses.base(few, morning), morning).sets()).isEqualTo(DoseBounds.SETS);
    }
}
