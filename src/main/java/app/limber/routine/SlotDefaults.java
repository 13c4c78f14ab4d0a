package app.limber.routine;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a routine asks for when the person leaves something out: the time of day from the clock, and each time of
 * day's own length and place ({@link SlotCharacter}) unless the person chose them.
 */
public final class SlotDefaults {

    /**
     * Morning runs until 11:00, midday until 17:00, evening after that: Limber's choice of hours for StretchMed's
     * three sessions.
     */
    static final int MIDDAY_FROM_HOUR = 11;
    static final int EVENING_FROM_HOUR = 17;

    private SlotDefaults() {
    }

    /** The time of day a routine asked for at this hour is for. */
    public static Slot slotAt(LocalTime time) {
        if (time.getHour() < MIDDAY_FROM_HOUR) {
            return Slot.MORNING;
        }
        return time.getHour() < EVENING_FROM_HOUR ? Slot.MIDDAY : Slot.EVENING;
    }

    /**
     * The routine asked for, with the defaults for what was left out (null): the time of day from the clock, that
     * time of day's own minutes and place, today's date, the first combination. A day's plan asks each time of day
     * this way with the minutes and place the person chose, or none.
     */
    public static RoutineRequest complete(Slot slot, Integer minutes, Place place, Set<Equipment> equipment,
                                          Set<Caution> cautions, Focus focus, LocalDate date, Integer shuffle,
                                          Clock clock) {
        Slot at = slot == null ? slotAt(LocalTime.now(clock)) : slot;
        SlotCharacter character = SlotCharacter.of(at);
        return new RoutineRequest(at, minutes == null ? character.defaultMinutes() : minutes, equipment,
                place == null ? character.defaultPlace() : place, cautions, focus,
                date == null ? LocalDate.now(clock) : date, shuffle == null ? 0 : shuffle);
    }

    /** The same inputs at another time of day, at that time of day's own length (the routine page's other-slot links). */
    public static RoutineRequest atOtherSlot(RoutineRequest request, Slot slot) {
        return request.withSlot(slot, SlotCharacter.of(slot).defaultMinutes());
    }
}
