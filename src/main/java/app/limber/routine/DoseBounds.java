package app.limber.routine;

import app.limber.catalog.Movement;
import app.limber.catalog.Range;

/**
 * The amounts a person may set for one movement of a kept routine: what {@link RoutineEdits#dose} accepts and
 * what the page's inputs offer, from one place. A null range is a figure that is not part of the movement's
 * dosage (a hold has no reps); sets always are.
 *
 * @param eveningHold true when the hold is kept to the builder's evening bounds ({@link Doses#holdBounds}) rather
 *                    than the general bounds
 */
public record DoseBounds(Range hold, Range reps, Range sets, Range duration, boolean eveningHold) {

    /** The general sane bounds of an edited dose. */
    public static final Range HOLD = new Range(5, 120);
    public static final Range REPS = new Range(1, 50);
    public static final Range SETS = new Range(1, 5);
    public static final Range DURATION = new Range(30, 1200);

    /** The bounds for a movement at its current dose in a routine for this time of day. */
    public static DoseBounds of(Movement movement, Dose dose, SlotRules slot) {
        // A hold in a block the rules keep static (the evening's stretches) keeps to what the builder may plan for
        // it, except that a hold the article leaves open ("at least 30 seconds, or as long as it feels good") may
        // go longer, up to the general bound; any other hold may go anywhere within the general sane bounds.
        Range evening = slot.holdWindowApplies(movement.block()) ? Doses.holdBounds(movement, slot) : null;
        if (evening != null && movement.dosage().holdOpenEnded()) {
            evening = new Range(evening.min(), Math.max(evening.max(), HOLD.max()));
        }
        Range hold = dose.holdSeconds() == null ? null : evening != null ? evening : HOLD;
        // The peanut is repeated at ten to twelve levels, each a set: never offer fewer sets than the article gives.
        Range sets = new Range(SETS.min(), Math.max(SETS.max(), movement.dosage().sets().max()));
        return new DoseBounds(hold, dose.reps() == null ? null : REPS, sets,
                dose.durationSeconds() == null ? null : DURATION,
                dose.holdSeconds() != null && evening != null);
    }
}
