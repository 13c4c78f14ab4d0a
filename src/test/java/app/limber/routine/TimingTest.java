package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.BodyPosition;
import app.limber.catalog.Movement;
import org.junit.jupiter.api.Test;

/**
 * A movement's planned time, worked out by hand from the figures Timing documents (transition 5 s, 15 s to the
 * floor; get ready 5 s; a rep 3 s; 2 s back between held reps; side switch 5 s; rest 10 s). The expectations are
 * written as numbers, not as Timing's constants, so a changed figure fails here instead of moving both sides.
 */
class TimingTest {

    @Test
    void a_hold_each_side_counts_both_sides_the_switch_and_the_get_ready() {
        Movement sideBend = movement("thoracic-side-bend").hold(30).eachSide().build();
        Dose dose = new Dose(30, null, 1, true, null);
        // transition 5 + get ready 5 + 2 x 30 s + one side switch 5
        assertThat(Timing.seconds(sideBend, dose)).isEqualTo(5 + 5 + 60 + 5);
    }

    @Test
    void repeated_holds_rest_between_sets() {
        Movement chest = movement("doorway-chest-stretch").hold(30).sets(3, 4).build();
        // transition 5 + get ready 5 + 3 x 30 s + 2 rests of 10 s
        assertThat(Timing.seconds(chest, new Dose(30, null, 3, false, null))).isEqualTo(5 + 5 + 90 + 20);
    }

    @Test
    void dynamic_reps_go_at_the_dynamic_tempo() {
        Movement rolls = movement("shoulder-rolls").dynamic().reps(10, 15).build();
        // transition 5 + get ready 5 + 12 reps x 3 s
        assertThat(Timing.seconds(rolls, new Dose(null, 12, 1, false, null))).isEqualTo(5 + 5 + 12 * 3);
    }

    @Test
    void held_reps_count_the_hold_and_the_return_of_each_rep() {
        Movement retraction = movement("band-retraction-overhead").hold(5).reps(30).build();
        // transition 5 + get ready 5 + 30 reps x (hold 5 s + 2 s back)
        assertThat(Timing.seconds(retraction, new Dose(5, 30, 1, false, null))).isEqualTo(5 + 5 + 30 * (5 + 2));
    }

    @Test
    void getting_down_to_the_floor_takes_longer_than_turning_in_a_chair() {
        Movement floor = movement("childs-pose").position(BodyPosition.KNEELING).hold(30).build();
        Movement chair = movement("seated").position(BodyPosition.SEATED).hold(30).build();
        Dose dose = new Dose(30, null, 1, false, null);
        // 15 s down to the floor against 5 s to turn in the chair, then the same get ready 5 + hold 30
        assertThat(Timing.seconds(floor, dose)).isEqualTo(15 + 5 + 30);
        assertThat(Timing.seconds(chair, dose)).isEqualTo(5 + 5 + 30);
    }

    @Test
    void a_timed_movement_takes_its_duration() {
        Movement reset = movement("posture-reset").position(BodyPosition.LYING).duration(900, 900).build();
        // down to the floor 15 + get ready 5 + 15 minutes
        assertThat(Timing.seconds(reset, new Dose(null, null, 1, false, 900))).isEqualTo(15 + 5 + 900);
    }

    @Test
    void the_transition_depends_on_the_movement_before_it() {
        // Down to the floor or up from it: 15 s, whichever way.
        assertThat(Timing.transitionSeconds(BodyPosition.STANDING, BodyPosition.LYING)).isEqualTo(15);
        assertThat(Timing.transitionSeconds(BodyPosition.SEATED, BodyPosition.ALL_FOURS)).isEqualTo(15);
        assertThat(Timing.transitionSeconds(BodyPosition.KNEELING, BodyPosition.STANDING)).isEqualTo(15);
        assertThat(Timing.transitionSeconds(BodyPosition.FLOOR_SITTING, BodyPosition.SEATED)).isEqualTo(15);
        // Within the floor (lying to all fours, staying lying) or off it (standing to seated): 5 s.
        assertThat(Timing.transitionSeconds(BodyPosition.LYING, BodyPosition.ALL_FOURS)).isEqualTo(5);
        assertThat(Timing.transitionSeconds(BodyPosition.LYING, BodyPosition.LYING)).isEqualTo(5);
        assertThat(Timing.transitionSeconds(BodyPosition.KNEELING, BodyPosition.FLOOR_SITTING)).isEqualTo(5);
        assertThat(Timing.transitionSeconds(BodyPosition.STANDING, BodyPosition.SEATED)).isEqualTo(5);
        // Nothing before: the first movement's transition by its own position, as before.
        assertThat(Timing.transitionSeconds(null, BodyPosition.LYING)).isEqualTo(15);
        assertThat(Timing.transitionSeconds(null, BodyPosition.STANDING)).isEqualTo(5);
    }

    @Test
    void a_floor_movement_after_another_floor_movement_takes_5_s_to_reach() {
        Movement childsPose = movement("childs-pose").position(BodyPosition.KNEELING).hold(30).build();
        Movement kneesToChest = movement("knees-to-chest").position(BodyPosition.LYING).hold(30).build();
        Movement standing = movement("standing").position(BodyPosition.STANDING).hold(30).build();
        Dose dose = new Dose(30, null, 1, false, null);
        // after another floor movement: transition 5 + get ready 5 + hold 30
        assertThat(Timing.seconds(BodyPosition.KNEELING, kneesToChest, dose)).isEqualTo(5 + 5 + 30);
        // after standing: down to the floor 15 + 5 + 30; first of the routine: as on its own
        assertThat(Timing.seconds(BodyPosition.STANDING, childsPose, dose)).isEqualTo(15 + 5 + 30);
        assertThat(Timing.seconds(null, childsPose, dose)).isEqualTo(Timing.seconds(childsPose, dose));
        // up from the floor 15 + 5 + 30
        assertThat(Timing.seconds(BodyPosition.LYING, standing, dose)).isEqualTo(15 + 5 + 30);
    }

    @Test
    void a_routine_rebuilt_from_stored_items_is_timed_in_order_across_blocks() {
        Movement rolls = movement("shoulder-rolls").dynamic().reps(10, 15).build();
        Movement childsPose = movement("childs-pose").position(BodyPosition.KNEELING).hold(30).build();
        Movement kneesToChest = movement("knees-to-chest").position(BodyPosition.LYING).hold(30).build();
        Dose hold = new Dose(30, null, 1, false, null);
        Dose reps = new Dose(null, 10, 1, false, null);
        var blocks = Timing.inOrder(java.util.List.of(
                new RoutineBlock(app.limber.catalog.Block.WARM_UP,
                        java.util.List.of(new RoutineItem(rolls, reps, 0, "r"))),
                new RoutineBlock(app.limber.catalog.Block.STRETCH, java.util.List.of(
                        new RoutineItem(childsPose, hold, 0, "r"), new RoutineItem(kneesToChest, hold, 0, "r")))));
        assertThat(blocks.stream().flatMap(b -> b.items().stream()).map(RoutineItem::seconds))
                // standing first 5 + 5 + 30; down to the floor 15 + 5 + 30; floor to floor 5 + 5 + 30
                .containsExactly(5 + 5 + 30, 15 + 5 + 30, 5 + 5 + 30);
    }
}
