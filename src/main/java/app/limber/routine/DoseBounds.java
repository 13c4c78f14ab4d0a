package app.limber.routine;

import app.limber.catalog.Dosage;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;

/**
 * The one rule for the amounts a person may set for one movement of a kept routine: what {@link RoutineEdits#dose}
 * accepts and what the page's inputs offer ({@code min}, {@code max}) come from here alone. A null range is a
 * figure that is not part of the movement's dosage (a hold has no reps); sets always are.
 *
 * <p>Limber's rule, for every figure: the general sane bounds below, widened to take in the article's own range,
 * so a movement's default dose (always within the article's figures) can always be kept, and every field has room
 * to move ({@code min < max}). The one narrower case is a hold in a block the session rules keep static (the
 * evening's stretches): it keeps to the holds the builder may plan ({@link Doses#holdBounds}), and where that is a
 * single figure (an article's "30 seconds" inside StretchMed's 20-30 s evening window) Limber's rule widens it to
 * the whole window, taking in the figure; a hold the article leaves open ("at least 30 seconds, or as long as it
 * feels good") may go on to the general maximum.
 *
 * @param eveningHold true when the hold is kept to the evening's bounds rather than the general ones
 */
public record DoseBounds(Range hold, Range reps, Range sets, Range duration, boolean eveningHold) {

    /** The general sane bounds of an edited dose. */
    public static final Range HOLD = new Range(5, 120);
    public static final Range REPS = new Range(1, 50);
    public static final Range SETS = new Range(1, 5);
    public static final Range DURATION = new Range(30, 1200);

    /** The bounds for a movement at its current dose in a routine for this time of day. */
    public static DoseBounds of(Movement movement, Dose dose, SlotRules slot) {
        Dosage dosage = movement.dosage();
        boolean evening = dose.holdSeconds() != null && dosage.hasHold() && slot.holdWindowApplies(movement.block());
        Range hold = dose.holdSeconds() == null ? null
                : evening ? eveningHold(movement, slot) : widened(HOLD, dosage.hold());
        // The peanut is repeated at ten to twelve levels, each a set: never offer fewer sets than the article gives
        // (nor than a second round of a stretch held once, which the builder may plan).
        Range sets = new Range(SETS.min(), Math.max(SETS.max(), Doses.maxSets(movement)));
        return new DoseBounds(hold, dose.reps() == null ? null : widened(REPS, dosage.reps()), sets,
                dose.durationSeconds() == null ? null : widened(DURATION, dosage.duration()), evening);
    }

    /** The general bounds, stretched to take in the article's range (a 3-5 s hold goes down to 3 s). */
    static Range widened(Range general, Range article) {
        if (article == null) {
            return general;
        }
        return new Range(Math.min(general.min(), article.min()), Math.max(general.max(), article.max()));
    }

    /**
     * An evening stretch's hold: what the builder may plan; a single figure widened to the whole 20-30 s window
     * around it (Limber's rule, so the field is never locked); an open-ended hold up to the general maximum.
     */
    static Range eveningHold(Movement movement, SlotRules slot) {
        Range planned = Doses.holdBounds(movement, slot);
        int min = planned.min();
        int max = planned.max();
        if (min == max) {
            min = Math.min(min, SlotCharacter.EVENING_HOLD_MIN_SECONDS);
            max = Math.max(max, SlotCharacter.EVENING_HOLD_MAX_SECONDS);
        }
        if (movement.dosage().holdOpenEnded()) {
            max = Math.max(max, HOLD.max());
        }
        return new Range(min, max);
    }

    /** True where Limber's rule lets this hold go outside the article's range (shown beside the field). */
    public boolean holdBeyondArticle(Movement movement) {
        return beyond(hold, movement.dosage().hold());
    }

    public boolean repsBeyondArticle(Movement movement) {
        return beyond(reps, movement.dosage().reps());
    }

    public boolean durationBeyondArticle(Movement movement) {
        return beyond(duration, movement.dosage().duration());
    }

    private static boolean beyond(Range allowed, Range article) {
        return allowed != null && article != null && (allowed.min() < article.min() || allowed.max() > article.max());
    }
}
