package app.limber.routine;

import app.limber.catalog.Movement;

/**
 * One movement in a routine: the catalog entry, the dose, its planned time in seconds (from {@code Timing}) and
 * the message key of the one-line "why it is here".
 */
public record RoutineItem(Movement movement, Dose dose, int seconds, String reasonKey) {

    /** The line that says why a stretch is done twice ({@link #secondRound}): Limber's choice, labelled as such. */
    public static final String SECOND_ROUND_REASON = "routine.reason.secondRound";

    /**
     * True when this stretch, which its article holds once, is done a second time to fill the time asked: the
     * dose then has two sets, of which the second is Limber's, not the article's.
     */
    public boolean secondRound() {
        return Doses.isSecondRound(movement, dose);
    }
}
