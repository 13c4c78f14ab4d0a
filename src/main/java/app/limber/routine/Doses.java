package app.limber.routine;

import app.limber.catalog.Dosage;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;

/**
 * Concrete amounts from the catalog's ranges. A routine starts every movement at a modest dose (the low end of
 * reps, sets and durations; the middle of a hold range) and grows it one small step at a time, never past the
 * article's stated maximum: when more time is left, another movement is preferred over a longer hold.
 */
public final class Doses {

    /** Step by which a timed movement (a 2-5 minute release) grows. */
    static final int DURATION_STEP_SECONDS = 30;
    /** Step by which a hold grows. */
    static final int HOLD_STEP_SECONDS = 5;

    private Doses() {
    }

    /** The starting dose for a movement in a session at this time of day. */
    public static Dose base(Movement movement, SlotCharacter slot) {
        Dosage dosage = movement.dosage();
        Integer hold = dosage.hasHold() ? baseHold(dosage.hold(), slot.holdWindowApplies(movement.block())) : null;
        Integer reps = dosage.hasReps() ? dosage.reps().min() : null;
        Integer duration = dosage.timed() ? dosage.duration().min() : null;
        return new Dose(hold, reps, Math.max(1, dosage.sets().min()), dosage.eachSide(), duration);
    }

    /**
     * The holds a routine may give this movement at this time of day: the one rule shared by the builder and the
     * edits of a saved routine. It is the article's range, except for an evening stretch or relaxation hold, which
     * is pulled into StretchMed's 20-30 s window where the article's range allows it (their intersection); where
     * it does not (an article's 10-15 s, or 40-60 s), the article's range stands. Never above the article's
     * maximum nor below its minimum.
     *
     * @return null when the movement's dosage has no hold
     */
    public static Range holdBounds(Movement movement, Slot slot) {
        return holdBounds(movement, SlotCharacter.of(slot));
    }

    static Range holdBounds(Movement movement, SlotCharacter slot) {
        Range hold = movement.dosage().hold();
        return hold == null ? null : holdBounds(hold, slot.holdWindowApplies(movement.block()));
    }

    static Range holdBounds(Range range, boolean eveningWindow) {
        if (!eveningWindow) {
            return range;
        }
        int lo = Math.max(range.min(), SlotCharacter.EVENING_HOLD_MIN_SECONDS);
        int hi = Math.min(range.max(), SlotCharacter.EVENING_HOLD_MAX_SECONDS);
        return lo > hi ? range : new Range(lo, hi);
    }

    /** The middle of the range rounded down to 5 s, kept within {@link #holdBounds}. */
    static int baseHold(Range range, boolean eveningWindow) {
        int middle = (range.min() + range.max()) / 2;
        int rounded = Math.max(range.min(), middle - middle % HOLD_STEP_SECONDS);
        Range bounds = holdBounds(range, eveningWindow);
        return Math.min(bounds.max(), Math.max(bounds.min(), rounded));
    }

    /** The longest hold a routine will plan: the top of {@link #holdBounds}. */
    static int maxHold(Movement movement, SlotCharacter slot) {
        return holdBounds(movement, slot).max();
    }

    /**
     * The next bigger dose, or null when every figure is at the article's maximum. Reps grow first (the finest
     * step), then the duration, then the hold, then the number of sets.
     */
    static Dose grow(Movement movement, Dose dose, SlotCharacter slot) {
        Dosage dosage = movement.dosage();
        if (dose.reps() != null && dose.reps() < dosage.reps().max()) {
            return new Dose(dose.holdSeconds(), dose.reps() + 1, dose.sets(), dose.eachSide(), dose.durationSeconds());
        }
        if (dose.durationSeconds() != null && dose.durationSeconds() < dosage.duration().max()) {
            int longer = Math.min(dosage.duration().max(), dose.durationSeconds() + DURATION_STEP_SECONDS);
            return new Dose(dose.holdSeconds(), dose.reps(), dose.sets(), dose.eachSide(), longer);
        }
        if (dose.holdSeconds() != null && dose.holdSeconds() < maxHold(movement, slot)) {
            int longer = Math.min(maxHold(movement, slot), dose.holdSeconds() + HOLD_STEP_SECONDS);
            return new Dose(longer, dose.reps(), dose.sets(), dose.eachSide(), dose.durationSeconds());
        }
        if (dose.sets() < dosage.sets().max()) {
            return new Dose(dose.holdSeconds(), dose.reps(), dose.sets() + 1, dose.eachSide(), dose.durationSeconds());
        }
        return null;
    }

    /** True when some figure of the dose is above what the articles (or Limber's default) give for it. */
    public static boolean aboveCatalog(Movement movement, Dose dose) {
        Dosage dosage = movement.dosage();
        return above(dose.holdSeconds(), dosage.hold()) || above(dose.reps(), dosage.reps())
                || above(dose.durationSeconds(), dosage.duration()) || dose.sets() > dosage.sets().max();
    }

    private static boolean above(Integer value, Range range) {
        return value != null && range != null && value > range.max();
    }
}
