package app.limber.follow;

import app.limber.catalog.BodyPosition;
import app.limber.catalog.Movement;
import app.limber.catalog.Pace;
import app.limber.routine.Dose;
import app.limber.routine.Routine;
import app.limber.routine.RoutineItem;
import app.limber.routine.Timing;
import java.util.ArrayList;
import java.util.List;

/**
 * A routine expanded into the player's timeline: for every movement a get-ready countdown, then each set on each
 * side with a switch between sides and a rest between sets. Every number comes from {@link Timing}, so the
 * player's clock adds up to exactly the routine's planned time.
 */
public record PlayerPlan(List<Step> steps) {

    /** One movement of the routine and its phases in order. */
    public record Step(int number, Movement movement, Dose dose, int seconds, List<Phase> phases) {

        public Step {
            phases = List.copyOf(phases);
        }

        /** Done on each side: its second side is the first mirrored. */
        public boolean sided() {
            return dose.sides() > 1;
        }

        /** The first work phase: what the dosage line describes. */
        public Phase work() {
            return phases.stream().filter(Phase::work).findFirst().orElseThrow();
        }

        /**
         * The movement's pace where the player counts its reps at that pace; null for holds, timed work and reps
         * with a hold in each (those are counted by the hold).
         */
        public Pace pace() {
            Phase work = work();
            return work.kind() == Phase.Kind.REPS && work.holdSeconds() == 0 ? movement.pace() : null;
        }
    }

    public PlayerPlan {
        steps = List.copyOf(steps);
    }

    /** The timeline for a routine, in the routine's order. */
    public static PlayerPlan of(Routine routine) {
        List<Step> steps = new ArrayList<>();
        BodyPosition previous = null;
        for (RoutineItem item : routine.items()) {
            steps.add(step(steps.size() + 1, previous, item.movement(), item.dose()));
            previous = item.movement().position();
        }
        return new PlayerPlan(steps);
    }

    /** A movement's step as the first of a routine. */
    static Step step(int number, Movement movement, Dose dose) {
        return step(number, null, movement, dose);
    }

    /** A movement's step after one done in {@code previous}: its get-ready counts the transition from there. */
    static Step step(int number, BodyPosition previous, Movement movement, Dose dose) {
        List<Phase> phases = new ArrayList<>();
        int sides = dose.sides();
        int sets = Math.max(1, dose.sets());
        int work = Timing.workSecondsPerSide(movement, dose);
        Phase.Kind kind = workKind(dose);
        int reps = kind == Phase.Kind.REPS ? dose.reps() : 0;
        int hold = kind == Phase.Kind.REPS && dose.holdSeconds() != null ? dose.holdSeconds() : 0;
        int repSeconds = kind == Phase.Kind.REPS
                ? (hold > 0 ? hold + Timing.HOLD_REP_RETURN_SECONDS : Timing.secondsPerRep(movement)) : 0;
        int firstSide = sides > 1 ? 1 : 0;
        // The transition to the movement and the get-ready time run as one countdown: the person moves into
        // position while reading the cues.
        phases.add(new Phase(Phase.Kind.READY, Timing.transitionSeconds(previous, movement.position())
                + Timing.GET_READY_SECONDS, firstSide, sides, 1, sets, 0, 0, 0));
        for (int set = 1; set <= sets; set++) {
            if (set > 1) {
                phases.add(new Phase(Phase.Kind.REST, Timing.REST_BETWEEN_SETS_SECONDS, firstSide, sides, set, sets,
                        0, 0, 0));
            }
            for (int side = 1; side <= sides; side++) {
                if (side > 1) {
                    phases.add(new Phase(Phase.Kind.SWITCH, Timing.SIDE_SWITCH_SECONDS, side, sides, set, sets,
                            0, 0, 0));
                }
                phases.add(new Phase(kind, work, sides > 1 ? side : 0, sides, set, sets, reps, repSeconds, hold));
            }
        }
        int seconds = phases.stream().mapToInt(Phase::seconds).sum();
        return new Step(number, movement, dose, seconds, phases);
    }

    private static Phase.Kind workKind(Dose dose) {
        if (dose.durationSeconds() != null) {
            return Phase.Kind.TIMED;
        }
        return dose.reps() != null ? Phase.Kind.REPS : Phase.Kind.HOLD;
    }

    public int seconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    /**
     * Seconds of the plan already gone when this step starts: the sum of the steps before it (0 for the first,
     * {@link #seconds()} past the last). The time left at that point is {@code seconds() - secondsBefore(i)}.
     */
    public int secondsBefore(int stepIndex) {
        return steps.subList(0, stepIndex).stream().mapToInt(Step::seconds).sum();
    }
}
