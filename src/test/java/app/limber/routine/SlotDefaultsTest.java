package app.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The time of day from the clock, and each time of day's own length and place when none are chosen. */
class SlotDefaultsTest {

    static final RoutineRequest CHOSEN = new RoutineRequest(Slot.MORNING, 25, Set.of(Equipment.CHAIR), Place.DESK,
            Set.of(), Focus.NECK_SHOULDERS, InputSpace.DATE, 7);

    @Test
    void morning_runs_until_eleven_midday_until_five_then_evening() {
        assertThat(SlotDefaults.slotAt(LocalTime.MIDNIGHT)).isEqualTo(Slot.MORNING);
        assertThat(SlotDefaults.slotAt(LocalTime.of(10, 59, 59))).isEqualTo(Slot.MORNING);
        assertThat(SlotDefaults.slotAt(LocalTime.of(11, 0))).isEqualTo(Slot.MIDDAY);
        assertThat(SlotDefaults.slotAt(LocalTime.of(16, 59, 59))).isEqualTo(Slot.MIDDAY);
        assertThat(SlotDefaults.slotAt(LocalTime.of(17, 0))).isEqualTo(Slot.EVENING);
        assertThat(SlotDefaults.slotAt(LocalTime.of(23, 59))).isEqualTo(Slot.EVENING);
    }

    @Test
    void a_days_session_takes_its_own_minutes_and_place_unless_chosen() {
        RoutineRequest evening = SlotDefaults.session(CHOSEN, Slot.EVENING, false, false);
        assertThat(evening.minutes()).isEqualTo(10);
        assertThat(evening.place()).isEqualTo(Place.HOME);
        RoutineRequest midday = SlotDefaults.session(CHOSEN, Slot.MIDDAY, false, false);
        assertThat(midday.minutes()).isEqualTo(5);
        assertThat(midday.place()).isEqualTo(Place.DESK);
        assertThat(SlotDefaults.session(CHOSEN, Slot.MORNING, false, false).place()).isEqualTo(Place.HOME);
    }

    @Test
    void a_days_session_keeps_what_was_chosen_and_starts_unshuffled() {
        RoutineRequest evening = SlotDefaults.session(CHOSEN, Slot.EVENING, true, true);
        assertThat(evening).isEqualTo(new RoutineRequest(Slot.EVENING, 25, Set.of(Equipment.CHAIR), Place.DESK,
                Set.of(), Focus.NECK_SHOULDERS, InputSpace.DATE, 0));
    }

    @Test
    void another_time_of_day_takes_its_own_length_and_keeps_the_rest() {
        assertThat(SlotDefaults.atOtherSlot(CHOSEN, Slot.EVENING)).isEqualTo(new RoutineRequest(Slot.EVENING, 10,
                Set.of(Equipment.CHAIR), Place.DESK, Set.of(), Focus.NECK_SHOULDERS, InputSpace.DATE, 7));
    }
}
