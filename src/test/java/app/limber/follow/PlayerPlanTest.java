package app.limber.follow;

import static app.limber.follow.Phase.Kind.HOLD;
import static app.limber.follow.Phase.Kind.READY;
import static app.limber.follow.Phase.Kind.REPS;
import static app.limber.follow.Phase.Kind.REST;
import static app.limber.follow.Phase.Kind.SWITCH;
import static app.limber.follow.Phase.Kind.TIMED;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Dosage;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Style;
import app.limber.routine.Dose;
import app.limber.routine.Timing;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlayerPlanTest {

    static Movement movement(Style style, BodyPosition position) {
        return new Movement(1, "m", "M", "", Block.STRETCH, style, position, "", new Dosage(Range.of(30), null,
                null, false, null, null, true), List.of("a", "b", "c", "d"), List.of(), Set.of(), Set.of(),
                Set.of(), List.of(), Set.of(), List.of(), List.of(), null, 1, null, null, List.of());
    }

    private static List<Phase.Kind> kinds(PlayerPlan.Step step) {
        return step.phases().stream().map(Phase::kind).toList();
    }

    @Test
    void a_hold_on_each_side_in_two_sets_switches_between_sides_and_rests_between_sets() {
        var step = PlayerPlan.step(1, movement(Style.STATIC, BodyPosition.STANDING),
                new Dose(30, null, 2, true, null));
        assertThat(kinds(step)).containsExactly(READY, HOLD, SWITCH, HOLD, REST, HOLD, SWITCH, HOLD);
        assertThat(step.phases()).extracting(Phase::side).containsExactly(1, 1, 2, 2, 1, 1, 2, 2);
        assertThat(step.phases()).extracting(Phase::set).containsExactly(1, 1, 1, 1, 2, 2, 2, 2);
        // transition 5 + get ready 5, hold, switch 5, hold, rest 10, hold, switch 5, hold (Timing's figures)
        assertThat(step.phases()).extracting(Phase::seconds).containsExactly(10, 30, 5, 30, 10, 30, 5, 30);
    }

    @Test
    void a_one_sided_hold_has_no_side_and_no_switch() {
        var step = PlayerPlan.step(1, movement(Style.STATIC, BodyPosition.SEATED), new Dose(20, null, 1, false, null));
        assertThat(kinds(step)).containsExactly(READY, HOLD);
        assertThat(step.phases()).extracting(Phase::side).containsOnly(0);
    }

    /**
     * Several floor movements in a row, between standing ones: the routine's planned seconds (each movement timed
     * from the one before it, as the builder and saved routines do) are what the player's phases add up to, step by
     * step; written as numbers so that either side counting the transition differently fails.
     */
    @Test
    void a_routine_with_floor_movements_in_a_row_takes_in_the_player_what_it_plans() {
        Dose hold = new Dose(20, null, 1, false, null);
        List<Movement> order = List.of(movement(Style.STATIC, BodyPosition.STANDING),
                movement(Style.STATIC, BodyPosition.KNEELING), movement(Style.STATIC, BodyPosition.ALL_FOURS),
                movement(Style.STATIC, BodyPosition.LYING), movement(Style.STATIC, BodyPosition.LYING),
                movement(Style.STATIC, BodyPosition.SEATED));
        List<app.limber.routine.RoutineItem> items = order.stream()
                .map(m -> new app.limber.routine.RoutineItem(m, hold, 0, "routine.reason.block.STRETCH")).toList();
        app.limber.routine.Routine routine = new app.limber.routine.Routine(
                new app.limber.routine.RoutineRequest(app.limber.catalog.Slot.EVENING, 5, Set.of(),
                        app.limber.routine.Place.HOME, Set.of(), null, java.time.LocalDate.of(2026, 1, 5), 0),
                Timing.inOrder(List.of(new app.limber.routine.RoutineBlock(Block.STRETCH, items))), List.of());
        PlayerPlan plan = PlayerPlan.of(routine);

        // standing first 5, down 15, floor to floor 5 three times, up 15; each + get ready 5 + hold 20
        assertThat(routine.items()).extracting(app.limber.routine.RoutineItem::seconds)
                .containsExactly(30, 40, 30, 30, 30, 40);
        assertThat(plan.steps()).extracting(PlayerPlan.Step::seconds).containsExactly(30, 40, 30, 30, 30, 40);
        assertThat(plan.steps()).extracting(s -> s.phases().get(0).seconds()).containsExactly(10, 20, 10, 10, 10, 20);
        assertThat(plan.seconds()).isEqualTo(routine.seconds()).isEqualTo(200);
    }

    @Test
    void getting_down_to_the_floor_takes_a_longer_get_ready() {
        var step = PlayerPlan.step(1, movement(Style.STATIC, BodyPosition.LYING), new Dose(20, null, 1, false, null));
        // 15 s down to the floor + get ready 5, against 5 + 5 standing
        assertThat(step.phases().get(0).seconds()).isEqualTo(15 + 5);
    }

    @Test
    void dynamic_reps_are_paced_at_the_dynamic_tempo() {
        var step = PlayerPlan.step(1, movement(Style.DYNAMIC, BodyPosition.STANDING),
                new Dose(null, 10, 1, false, null));
        Phase reps = step.work();
        assertThat(reps.kind()).isEqualTo(REPS);
        assertThat(reps.reps()).isEqualTo(10);
        assertThat(reps.repSeconds()).isEqualTo(3);
        assertThat(reps.seconds()).isEqualTo(30);
        assertThat(reps.holdSeconds()).isZero();
    }

    @Test
    void reps_with_a_hold_count_the_hold_and_the_return_in_each_rep() {
        var step = PlayerPlan.step(1, movement(Style.STATIC, BodyPosition.STANDING), new Dose(5, 8, 2, false, null));
        Phase reps = step.work();
        assertThat(reps.holdSeconds()).isEqualTo(5);
        // hold 5 s + 2 s back, 8 times
        assertThat(reps.repSeconds()).isEqualTo(7);
        assertThat(reps.seconds()).isEqualTo(56);
        assertThat(kinds(step)).containsExactly(READY, REPS, REST, REPS);
    }

    @Test
    void timed_work_is_one_countdown() {
        var step = PlayerPlan.step(1, movement(Style.DYNAMIC, BodyPosition.STANDING),
                new Dose(null, null, 1, false, 120));
        assertThat(kinds(step)).containsExactly(READY, TIMED);
        assertThat(step.work().seconds()).isEqualTo(120);
    }

    @ParameterizedTest
    @EnumSource(BodyPosition.class)
    void every_dose_shape_adds_up_to_the_planned_time(BodyPosition position) {
        List<Dose> doses = List.of(new Dose(30, null, 1, false, null), new Dose(30, null, 3, true, null),
                new Dose(null, 12, 2, true, null), new Dose(5, 10, 3, false, null), new Dose(null, null, 1, false, 90),
                new Dose(null, null, 2, true, 60), new Dose(10, 5, 1, true, null));
        for (Style style : Style.values()) {
            Movement m = movement(style, position);
            for (Dose dose : doses) {
                var step = PlayerPlan.step(1, m, dose);
                assertThat(step.seconds()).as(style + " " + dose).isEqualTo(Timing.seconds(m, dose));
                assertThat(step.phases().stream().mapToInt(Phase::seconds).sum()).isEqualTo(step.seconds());
            }
        }
    }

    @Test
    void seconds_before_a_step_are_the_seconds_already_gone_not_the_seconds_left() {
        var hold = PlayerPlan.step(1, movement(Style.STATIC, BodyPosition.STANDING),
                new Dose(30, null, 1, false, null));
        var longer = PlayerPlan.step(2, movement(Style.STATIC, BodyPosition.STANDING),
                new Dose(30, null, 2, false, null));
        PlayerPlan plan = new PlayerPlan(List.of(hold, longer));
        // get ready 10 + hold 30 = 40; then get ready 10 + hold 30 + rest 10 + hold 30 = 80
        assertThat(plan.secondsBefore(0)).isZero();
        assertThat(plan.secondsBefore(1)).isEqualTo(40);
        assertThat(plan.secondsBefore(2)).isEqualTo(120);
        assertThat(plan.seconds()).isEqualTo(120);
    }
}
