package app.limber.routine.saved;

import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;
import app.limber.routine.Dose;
import app.limber.routine.SlotCharacter;

/**
 * The amounts a person may set for one movement of a saved routine: what {@link SavedRoutines#dose} accepts and
 * what the page's inputs offer, from one place. A null range is a figure that is not part of the movement's
 * dosage (a hold has no reps); sets always are.
 *
 * @param eveningHold true when the hold is kept to StretchMed's evening window rather than the general bounds
 */
public record DoseBounds(Range hold, Range reps, Range sets, Range duration, boolean eveningHold) {

    static final Range EVENING_HOLD = new Range(SlotCharacter.EVENING_HOLD_MIN_SECONDS,
            SlotCharacter.EVENING_HOLD_MAX_SECONDS);

    /** The bounds for a movement at its current dose in a routine for this time of day. */
    public static DoseBounds of(Movement movement, Dose dose, Slot slot) {
        Range catalogHold = movement.dosage().hold();
        // As the builder plans it (Doses.maxHold): the window binds where the article's hold can reach it.
        boolean evening = dose.holdSeconds() != null && catalogHold != null
                && SlotCharacter.of(slot).holdWindowApplies(movement.block())
                && catalogHold.min() <= SlotCharacter.EVENING_HOLD_MAX_SECONDS;
        Range hold = dose.holdSeconds() == null ? null : evening ? EVENING_HOLD : SavedRoutines.HOLD;
        return new DoseBounds(hold, dose.reps() == null ? null : SavedRoutines.REPS, SavedRoutines.SETS,
                dose.durationSeconds() == null ? null : SavedRoutines.DURATION, evening);
    }
}
