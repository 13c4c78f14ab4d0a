package app.limber.follow;

import static app.limber.catalog.WithCare.withPace;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Movement;
import app.limber.catalog.Pace;
import app.limber.catalog.Tempo;
import app.limber.routine.Dose;
import app.limber.routine.SmallCatalog;
import org.junit.jupiter.api.Test;

/** The pace a step shows is the one the player counts its reps at, and only where it counts paced reps. */
class PlayerPlanPaceTest {

    final Movement rolls = withPace(SmallCatalog.movements().stream()
            .filter(m -> m.slug().equals("shoulder-rolls")).findFirst().orElseThrow(), new Pace(Tempo.BRISK, 2));

    @Test
    void reps_are_shown_at_the_pace_the_player_counts_them() {
        PlayerPlan.Step step = PlayerPlan.step(1, rolls, new Dose(null, 10, 1, false, null));
        assertThat(step.pace()).isEqualTo(new Pace(Tempo.BRISK, 2));
        assertThat(step.work().repSeconds()).isEqualTo(2);
    }

    @Test
    void reps_with_a_hold_in_each_holds_and_timed_work_have_no_pace_to_show() {
        assertThat(PlayerPlan.step(1, rolls, new Dose(5, 10, 1, false, null)).pace()).isNull();
        assertThat(PlayerPlan.step(1, rolls, new Dose(30, null, 1, false, null)).pace()).isNull();
        assertThat(PlayerPlan.step(1, rolls, new Dose(null, null, 1, false, 60)).pace()).isNull();
    }

    @Test
    void a_movement_without_a_stored_pace_shows_none() {
        assertThat(PlayerPlan.step(1, withPace(rolls, null), new Dose(null, 10, 1, false, null)).pace()).isNull();
    }
}
