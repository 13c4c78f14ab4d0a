package app.limber.routine;

import app.limber.catalog.BodyPosition;
import app.limber.catalog.Movement;
import app.limber.catalog.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * How long things take: the one place where Limber turns a dose into seconds. The routine builder plans with
 * these numbers and the guided player paces with the same ones, so a planned 10-minute routine takes 10 minutes
 * to follow.
 *
 * <p>A movement's time is: transition + get-ready + work + side switches + rests between sets, where the work of
 * one set on one side is the hold, the reps at their tempo, or the timed duration. The transition depends on the
 * movement before it ({@link #transitionSeconds(BodyPosition, BodyPosition)}): 15 s to get down to the floor or up
 * from it, 5 s otherwise; so a movement's time in a routine depends on its place, and every caller that sums a
 * routine (the builder, saved routines, the player) works it out in order with the same rule.
 */
public final class Timing {

    /** Settle into the start position and read the first cue. */
    public static final int GET_READY_SECONDS = 5;

    /** Move from the previous movement to this one when both are off the floor, or both on it. */
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

    /**
     * Seconds to move into a movement done in this position when it opens the routine (nothing before it); also
     * what the builder counts for a movement before it knows its place: never less than the transition in order,
     * save getting up from the floor ({@link #transitionSeconds(BodyPosition, BodyPosition)}).
     */
    public static int transitionSeconds(BodyPosition position) {
        return switch (position) {
            case STANDING, SEATED -> TRANSITION_SECONDS;
            case ALL_FOURS, KNEELING, LYING, FLOOR_SITTING -> FLOOR_TRANSITION_SECONDS;
        };
    }

    /**
     * Seconds to move from a movement done in {@code previous} (null: this one opens the routine) to one done in
     * {@code position}: 15 s to get down to the floor or up from it (lying, kneeling, all fours, floor sitting on
     * one side; standing or seated on the other), 5 s otherwise, within the floor or off it. Limber's figures.
     */
    public static int transitionSeconds(BodyPosition previous, BodyPosition position) {
        if (previous == null) {
            return transitionSeconds(position);
        }
        return Positions.onFloor(previous) == Positions.onFloor(position) ? TRANSITION_SECONDS
                : FLOOR_TRANSITION_SECONDS;
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

    /**
     * The whole planned time of one movement at this dose, everything included, as the first of a routine (its
     * transition by its own position). In a routine, see {@link #seconds(BodyPosition, Movement, Dose)}; the
     * difference between two doses of one movement is the same either way.
     */
    public static int seconds(Movement movement, Dose dose) {
        return seconds(null, movement, dose);
    }

    /**
     * The least one movement at this dose takes anywhere in a routine: with a 5 s transition, from a movement on
     * the same level. What the builder weighs a movement by before it knows its place.
     */
    public static int leastSeconds(Movement movement, Dose dose) {
        return TRANSITION_SECONDS + secondsAfterTransition(secondsPerRep(movement), dose);
    }

    /** The whole planned time of one movement at this dose after a movement done in {@code previous} (or none). */
    public static int seconds(BodyPosition previous, Movement movement, Dose dose) {
        return transitionSeconds(previous, movement.position()) + secondsAfterTransition(secondsPerRep(movement), dose);
    }

    static int seconds(int secondsPerRep, BodyPosition position, Dose dose) {
        return transitionSeconds(position) + secondsAfterTransition(secondsPerRep, dose);
    }

    /**
     * The blocks with every item's seconds worked out in order, each transition from the movement before it (the
     * last of the block before, for a block's first): what a routine rebuilt from stored items takes.
     */
    public static List<RoutineBlock> inOrder(List<RoutineBlock> blocks) {
        List<RoutineBlock> timed = new ArrayList<>();
        BodyPosition previous = null;
        for (RoutineBlock block : blocks) {
            List<RoutineItem> items = new ArrayList<>();
            for (RoutineItem item : block.items()) {
                items.add(new RoutineItem(item.movement(), item.dose(),
                        seconds(previous, item.movement(), item.dose()), item.reasonKey()));
                previous = item.movement().position();
            }
            timed.add(new RoutineBlock(block.block(), items));
        }
        return timed;
    }

    /** Get-ready, work, side switches and rests: everything but the transition. */
    private static int secondsAfterTransition(int secondsPerRep, Dose dose) {
        int sides = dose.sides();
        int sets = Math.max(1, dose.sets());
        return GET_READY_SECONDS
                + sets * sides * workSecondsPerSide(secondsPerRep, dose)
                + sets * (sides - 1) * SIDE_SWITCH_SECONDS
                + (sets - 1) * REST_BETWEEN_SETS_SECONDS;
    }
}
