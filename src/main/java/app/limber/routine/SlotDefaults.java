package app.limber.routine;

import app.limber.catalog.Slot;
import java.time.LocalTime;

/**
 * What a routine asks for when the person leaves something out: the time of day from the clock, and each time of
 * day's own length and place ({@link SlotCharacter}) unless the person chose them.
 */
public final class SlotDefaults {

    /** Morning runs until 11:00, midday until 17:00 (StretchMed's three sessions); evening after that. */
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
     * One session of the day's plan: the day's inputs at this time of day, with the time of day's own minutes and
     * place where the person did not choose them, and no shuffle (the plan shows each session's first combination).
     */
    public static RoutineRequest session(RoutineRequest inputs, Slot slot, boolean minutesGiven, boolean placeGiven) {
        SlotCharacter character = SlotCharacter.of(slot);
        return new RoutineRequest(slot, minutesGiven ? inputs.minutes() : character.defaultMinutes(),
                inputs.equipment(), placeGiven ? inputs.place() : character.defaultPlace(), inputs.cautions(),
                inputs.focus(), inputs.date(), 0);
    }

    /** The same inputs at another time of day, at that time of day's own length (the routine page's other-slot links). */
    public static RoutineRequest atOtherSlot(RoutineRequest request, Slot slot) {
        return request.withSlot(slot, SlotCharacter.of(slot).defaultMinutes());
    }
}
