package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.catalog.Block;
import app.limber.catalog.Catalog;
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
    MockMvcTester mvc;

    /** The biggest dose the builder would ever plan: grown until every figure is at its maximum. */
    static Dose grownFully(Movement movement, SlotCharacter slot) {
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
                assertThat(Doses.holdBounds(m, Slot.EVENING)).as(m.slug()).isNull();
                continue;
            }
            Range article = m.dosage().hold();
            for (Slot slot : Slot.values()) {
                SlotCharacter character = SlotCharacter.of(slot);
                Range bounds = Doses.holdBounds(m, slot);
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
                Range editable = DoseBounds.of(m, Doses.base(m, character), slot).hold();
                Range expected = character.holdWindowApplies(m.block()) ? bounds : DoseBounds.HOLD;
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
        edits.addable(routine.routine(), routine.missingSlugs()).values().stream().flatMap(List::stream)
                .filter(m -> m.dosage().hasHold()).forEach(m -> saved.add(token, m.slug()));
        List<Movement> held = saved.get(token).routine().items().stream().map(RoutineItem::movement)
                .filter(m -> m.dosage().hasHold()
                        && SlotCharacter.of(Slot.EVENING).holdWindowApplies(m.block()))
                .toList();
        assertThat(held).extracting(Movement::slug).contains("childs-pose", "neck-flexion-stretch");
        for (Movement m : held) {
            Range bounds = Doses.holdBounds(m, Slot.EVENING);
            assertThatThrownBy(() -> saved.dose(token, m.slug(), bounds.max() + 1, null, null, null))
                    .as(m.slug()).isInstanceOf(AdjustmentRefused.class);
            assertThatThrownBy(() -> saved.dose(token, m.slug(), bounds.min() - 1, null, null, null))
                    .as(m.slug()).isInstanceOf(AdjustmentRefused.class);
            saved.dose(token, m.slug(), bounds.max(), null, null, null);
            saved.dose(token, m.slug(), bounds.min(), null, null, null);
        }
    }

    @Test
    void an_evening_stretch_the_article_holds_for_exactly_30_seconds_is_offered_and_kept_at_30() throws Exception {
        String token = saved.save("Child's pose", new RoutineRequest(Slot.EVENING, 10, Set.of(), Place.HOME,
                Set.of(), null, InputSpace.DATE, 0));
        String html = mvc.get().uri("/routines/" + token).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String pose = html.substring(html.indexOf("id=\"item-childs-pose\""));
        assertThat(pose.substring(0, pose.indexOf("</li>")))
                .containsPattern("name=\"hold\"[^>]* min=\"30\" max=\"30\"").contains(">only 30<");
        assertThatThrownBy(() -> saved.dose(token, "childs-pose", 20, null, null, null))
                .isInstanceOfSatisfying(AdjustmentRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("routine.refused.eveningHoldExact");
                    assertThat(e.args()).containsExactly("Child's pose", 30);
                });
    }

    @Test
    void an_evening_hold_the_window_cannot_reach_keeps_the_articles_range() {
        Movement shortHold = movement("short-hold").block(Block.STRETCH).hold(10, 15).build();
        Movement longHold = movement("long-hold").block(Block.RELAXATION).hold(40, 60).build();
        Movement neck = movement("neck").block(Block.STRETCH).hold(15, 20).build();

        assertThat(Doses.holdBounds(shortHold, Slot.EVENING)).isEqualTo(new Range(10, 15));
        assertThat(Doses.holdBounds(longHold, Slot.EVENING)).isEqualTo(new Range(40, 60));
        assertThat(Doses.holdBounds(neck, Slot.EVENING)).isEqualTo(Range.of(20));
        assertThat(Doses.holdBounds(neck, Slot.MORNING)).isEqualTo(new Range(15, 20));

        DoseBounds edit = DoseBounds.of(shortHold, Doses.base(shortHold, SlotCharacter.of(Slot.EVENING)),
                Slot.EVENING);
        assertThat(edit.hold()).isEqualTo(new Range(10, 15));
        assertThat(edit.eveningHold()).isTrue();
        assertThat(DoseBounds.of(shortHold, Doses.base(shortHold, SlotCharacter.of(Slot.MORNING)), Slot.MORNING)
                .hold()).isEqualTo(DoseBounds.HOLD);
    }
}
