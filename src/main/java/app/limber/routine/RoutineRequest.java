package app.limber.routine;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the user asked for. {@code date} and {@code shuffle} seed the choice: the same request gives the same
 * routine all day, a new day (or a shuffle) gives another. {@code focus} may be null.
 */
public record RoutineRequest(Slot slot, int minutes, Set<Equipment> equipment, Place place, Set<Caution> cautions,
                             Focus focus, LocalDate date, int shuffle) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 45;

    public RoutineRequest {
        equipment = Set.copyOf(equipment);
        cautions = Set.copyOf(cautions);
    }

    /** The same inputs at another time of day (the daily plan asks for all three). */
    public RoutineRequest withSlot(Slot otherSlot, int otherMinutes) {
        return new RoutineRequest(otherSlot, otherMinutes, equipment, place, cautions, focus, date, shuffle);
    }

    /** The same inputs, another combination: what the "shuffle" link asks for. */
    public RoutineRequest withShuffle(int otherShuffle) {
        return new RoutineRequest(slot, minutes, equipment, place, cautions, focus, date, otherShuffle);
    }

    /** What is at hand: the equipment ticked and what the place provides (a desk has a chair). */
    public Set<Equipment> available() {
        if (place == null || place.provides().isEmpty()) {
            return equipment;
        }
        EnumSet<Equipment> available = EnumSet.copyOf(place.provides());
        available.addAll(equipment);
        return available;
    }

    public int seconds() {
        return minutes * 60;
    }
}
