package app.limber.follow;

/**
 * One stretch of the player's clock: a get-ready countdown, one side of one set of work, a side switch or a rest.
 *
 * @param kind        what happens in this phase
 * @param seconds     how long it lasts at normal speed
 * @param side        1 or 2 for work and ready phases of an each-side movement (the side about to be worked for a
 *                    switch), 0 where sides do not apply
 * @param sides       1 or 2
 * @param set         1-based set number (for a rest: the set about to start)
 * @param sets        how many sets
 * @param reps        for rep work, the reps on this side in this set; else 0
 * @param repSeconds  for rep work, the seconds one rep takes (its tempo, holds included); else 0
 * @param holdSeconds for rep work with a hold in each rep, that hold; else 0
 */
public record Phase(Kind kind, int seconds, int side, int sides, int set, int sets, int reps, int repSeconds,
                    int holdSeconds) {

    public enum Kind {
        /** Move into position and read the cues: transition plus get-ready time. */
        READY,
        /** A static hold with a countdown. */
        HOLD,
        /** Repetitions paced by the movement's tempo. */
        REPS,
        /** Timed work (marching, breathing) with a countdown. */
        TIMED,
        /** Release, change sides, find the position again. */
        SWITCH,
        /** Come out, breathe, go back in for the next set. */
        REST;

        public boolean work() {
            return this == HOLD || this == REPS || this == TIMED;
        }

        /** The lower-case name used in data attributes and CSS classes. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean work() {
        return kind.work();
    }
}
