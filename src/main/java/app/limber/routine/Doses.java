package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Dosage;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;

/**
 * Concrete amounts from the catalog's ranges. A routine starts every movement at a modest dose (the low end of
 * reps, sets and durations; the middle of a hold range) and, to fill the time asked, grows it in the order the
 * articles allow: first within the stated range (a rep, 30 s of a timed move, 5 s of a hold at a time), then the
 * sets the article gives, then, for a stretch held once, a second round of the same hold. Never past the article's
 * figure otherwise.
 */
public final class Doses {

    /** Step by which a timed movement (a 2-5 minute release) grows. */
    static final int DURATION_STEP_SECONDS = 30;
    /** Step by which a hold grows. */
    static final int HOLD_STEP_SECONDS = 5;

    private Doses() {
    }

    /** The starting dose for a movement in a session at this time of day. */
    public static Dose base(Movement movement, SlotRules slot) {
        Dosage dosage = movement.dosage();
        Integer hold = dosage.hasHold() ? baseHold(dosage.hold(), slot.holdWindowApplies(movement.block())) : null;
        Integer reps = dosage.hasReps() ? dosage.reps().min() : null;
        Integer duration = dosage.timed() ? dosage.duration().min() : null;
        return new Dose(hold, reps, Math.max(1, dosage.sets().min()), dosage.eachSide(), duration);
    }

    /**
     * The holds a routine may give this movement at this time of day: the one rule shared by the builder and the
     * edits of a saved routine. It is the article's range, except for a hold in a block the session rules keep
     * static (the evening's stretches), which is pulled into StretchMed's 20-30 s window where the article's range
     * allows it (their intersection); where it does not (an article's 10-15 s, or 40-60 s), the article's range
     * stands. Never above the article's maximum nor below its minimum.
     *
     * @return null when the movement's dosage has no hold
     */
    public static Range holdBounds(Movement movement, SlotRules slot) {
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
    static int maxHold(Movement movement, SlotRules slot) {
        return holdBounds(movement, slot).max();
    }

    /**
     * One step further within the article's ranges, or null when reps, duration and hold are all at their top.
     * Reps grow first (the finest step), then the duration, then the hold.
     */
    static Dose growRange(Movement movement, Dose dose, SlotRules slot) {
        Dosage dosage = movement.dosage();
        if (dose.reps() != null && dosage.hasReps() && dose.reps() < dosage.reps().max()) {
            return new Dose(dose.holdSeconds(), dose.reps() + 1, dose.sets(), dose.eachSide(), dose.durationSeconds());
        }
        if (dose.durationSeconds() != null && dosage.timed() && dose.durationSeconds() < dosage.duration().max()) {
            int longer = Math.min(dosage.duration().max(), dose.durationSeconds() + DURATION_STEP_SECONDS);
            return new Dose(dose.holdSeconds(), dose.reps(), dose.sets(), dose.eachSide(), longer);
        }
        if (dose.holdSeconds() != null && dosage.hasHold() && dose.holdSeconds() < maxHold(movement, slot)) {
            int longer = Math.min(maxHold(movement, slot), dose.holdSeconds() + HOLD_STEP_SECONDS);
            return new Dose(longer, dose.reps(), dose.sets(), dose.eachSide(), dose.durationSeconds());
        }
        return null;
    }

    /** One more of the sets the article gives, or null when the dose already has them all. */
    static Dose growSets(Movement movement, Dose dose) {
        if (dose.sets() < movement.dosage().sets().max()) {
            return dose.withSets(dose.sets() + 1);
        }
        return null;
    }

    /**
     * A second round of a stretch the article holds once: the same hold again after a short rest, or null when the
     * movement takes none or has it already. Limber's choice, to fill the time asked before reaching for another
     * movement; <i>What Stretches Upper Back?</i> repeats its stretch holds 3-4 times.
     */
    static Dose secondRound(Movement movement, Dose dose) {
        if (takesSecondRound(movement) && dose.sets() == movement.dosage().sets().max()) {
            return dose.withSets(dose.sets() + 1);
        }
        return null;
    }

    /** A stretch held once (a hold, no reps, no set time, one set): the only kind that gets a second round. */
    public static boolean takesSecondRound(Movement movement) {
        Dosage dosage = movement.dosage();
        return movement.block() == Block.STRETCH && dosage.hasHold() && !dosage.hasReps() && !dosage.timed()
                && dosage.sets().max() == 1;
    }

    /** True when the dose is the article's single hold done a second time ({@link #secondRound}). */
    public static boolean isSecondRound(Movement movement, Dose dose) {
        return takesSecondRound(movement) && dose.sets() == movement.dosage().sets().max() + 1;
    }

    /** The most sets a routine plans: the article's, and a second round where one is taken. */
    static int maxSets(Movement movement) {
        return movement.dosage().sets().max() + (takesSecondRound(movement) ? 1 : 0);
    }

    /**
     * The next bigger dose in the order the time is filled ({@link #growRange}, {@link #growSets},
     * {@link #secondRound}), or null when the dose is at its fullest.
     */
    static Dose grow(Movement movement, Dose dose, SlotRules slot) {
        Dose bigger = growRange(movement, dose, slot);
        if (bigger == null) {
            bigger = growSets(movement, dose);
        }
        return bigger != null ? bigger : secondRound(movement, dose);
    }

    /**
     * True when some figure of the dose is above what the articles (or Limber's default) give for it; a second
     * round of a stretch held once is the builder's own filling, not counted.
     */
    public static boolean aboveCatalog(Movement movement, Dose dose) {
        Dosage dosage = movement.dosage();
        // A hold the article leaves open ("or as long as it feels good") is never above it.
        boolean holdAbove = !dosage.holdOpenEnded() && above(dose.holdSeconds(), dosage.hold());
        return holdAbove || above(dose.reps(), dosage.reps())
                || above(dose.durationSeconds(), dosage.duration()) || dose.sets() > maxSets(movement);
    }

    private static boolean above(Integer value, Range range) {
        return value != null && range != null && value > range.max();
    }
}
