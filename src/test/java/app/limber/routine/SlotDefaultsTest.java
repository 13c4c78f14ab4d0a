package app.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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

    private static final Clock AT_NINE = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void what_is_left_out_comes_from_the_clock_and_the_time_of_days_own_length_and_place() {
        assertThat(SlotDefaults.complete(null, null, null, Set.of(), Set.of(), null, null, null, AT_NINE))
                .isEqualTo(new RoutineRequest(Slot.MORNING, 5, Set.of(), Place.HOME, Set.of(), null,
                        LocalDate.of(2026, 3, 2), 0));
        RoutineRequest evening = SlotDefaults.complete(Slot.EVENING, null, null, Set.of(), Set.of(), null,
                InputSpace.DATE, null, AT_NINE);
        assertThat(evening.minutes()).isEqualTo(10);
        assertThat(evening.place()).isEqualTo(Place.HOME);
        RoutineRequest midday = SlotDefaults.complete(Slot.MIDDAY, null, null, Set.of(), Set.of(), null,
                InputSpace.DATE, null, AT_NINE);
        assertThat(midday.minutes()).isEqualTo(5);
        assertThat(midday.place()).isEqualTo(Place.DESK);
    }

    @Test
    void what_was_chosen_is_kept() {
        assertThat(SlotDefaults.complete(Slot.EVENING, 25, Place.DESK, Set.of(Equipment.CHAIR), Set.of(),
                Focus.NECK_SHOULDERS, InputSpace.DATE, 7, AT_NINE)).isEqualTo(new RoutineRequest(Slot.EVENING, 25,
                Set.of(Equipment.CHAIR), Place.DESK, Set.of(), Focus.NECK_SHOULDERS, InputSpace.DATE, 7));
    }

    @Test
    void another_time_of_day_takes_its_own_length_and_keeps_the_rest() {
        assertThat(SlotDefaults.atOtherSlot(CHOSEN, Slot.EVENING)).isEqualTo(new RoutineRequest(Slot.EVENING, 10,
                Set.of(Equipment.CHAIR), Place.DESK, Set.of(), Focus.NECK_SHOULDERS, InputSpace.DATE, 7));
    }
}
