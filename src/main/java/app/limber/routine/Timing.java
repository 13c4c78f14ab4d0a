package app.limber.routine;

import app.limber.catalog.BodyPosition;
import app.limber.catalog.Movement;
import app.limber.catalog.Style;

/**
 * How long things take: the one place where Limber turns a dose into seconds. The routine builder plans with
 * these numbers and the guided player paces with the same ones, so a planned 10-minute routine takes 10 minutes
 * to follow.
 *
 * <p>A movement's time is: transition + get-ready + work + side switches + rests between sets, where the work of
 * one set on one side is the hold, the reps at their tempo, or the timed duration.
 */
public final class Timing {

    /** Settle into the start position and read the first cue. */
    public static final int GET_READY_SECONDS = 5;

    /** Move from the previous movement to this one when both are done standing or seated. */
    public static final int TRANSITION_SECONDS = 5;

    /** Get down to (or up from) the floor: lying, kneeling, all fours or floor sitting take longer to reach. */
    public static final int FLOOR_TRANSITION_SECONDS = 15;

    /**
     * One rep of a dynamic movement where the catalog stores no pace of its own (every movement with reps has one:
     * {@link #secondsPerRep(Movement)} reads it). Limber's old default, slow enough to breathe through.
     */
    public static final int DYNAMIC_REP_SECONDS = 3;

    /** One rep of a static-style exercise without a hold, where the catalog stores no pace. */
    public static final int STATIC_REP_SECONDS = 3;

    /** Coming out of a held rep and back into it (e.g. "hold 5 seconds, 30 repetitions"). */
    public static final int HOLD_REP_RETURN_SECONDS = 2;

    /** Release, change sides and find the position again. */
    public static final int SIDE_SWITCH_SECONDS = 5;

    /** Rest between sets or repeated holds ("repeat 3-4 times"): come out, breathe, go back in. */
    public static final int REST_BETWEEN_SETS_SECONDS = 10;

    private Timing() {
    }

    /** Seconds per rep for a movement's style, without any hold: Limber's default where no pace is stored. */
    public static int secondsPerRep(Style style) {
        return style == Style.DYNAMIC ? DYNAMIC_REP_SECONDS : STATIC_REP_SECONDS;
    }

    /** Seconds per rep of this movement: its article's pace where the catalog stores one. */
    public static int secondsPerRep(Movement movement) {
        return movement.pace() != null ? movement.pace().secondsPerRep() : secondsPerRep(movement.style());
    }

    /** Seconds to move into a movement done in this position. */
    public static int transitionSeconds(BodyPosition position) {
        return switch (position) {
            case STANDING, SEATED -> TRANSITION_SECONDS;
            case ALL_FOURS, KNEELING, LYING, FLOOR_SITTING -> FLOOR_TRANSITION_SECONDS;
        };
    }

    /** The work of one set on one side: the hold, the reps at their tempo (with their holds), or the duration. */
    public static int workSecondsPerSide(Movement movement, Dose dose) {
        return workSecondsPerSide(secondsPerRep(movement), dose);
    }

    static int workSecondsPerSide(int secondsPerRep, Dose dose) {
        if (dose.durationSeconds() != null) {
            return dose.durationSeconds();
        }
        if (dose.reps() != null && dose.holdSeconds() != null) {
            return dose.reps() * (dose.holdSeconds() + HOLD_REP_RETURN_SECONDS);
        }
        if (dose.reps() != null) {
            return dose.reps() * secondsPerRep;
        }
        return dose.holdSeconds() != null ? dose.holdSeconds() : 0;
    }

    /** The whole planned time of one movement at this dose, everything included. */
    public static int seconds(Movement movement, Dose dose) {
        return seconds(secondsPerRep(movement), movement.position(), dose);
    }

    static int seconds(int secondsPerRep, BodyPosition position, Dose dose) {
        int sides = dose.sides();
        int sets = Math.max(1, dose.sets());
        return transitionSeconds(position)
                + GET_READY_SECONDS
                + sets * sides * workSecondsPerSide(secondsPerRep, dose)
                + sets * (sides - 1) * SIDE_SWITCH_SECONDS
                + (sets - 1) * REST_BETWEEN_SETS_SECONDS;
    }
}
