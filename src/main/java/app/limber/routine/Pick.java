package app.limber.routine;

import app.limber.catalog.Movement;

/** One movement of the routine being built, at its dose, with what the builder knows of its place. */
final class Pick {
    final Movement movement;
    final int anchorRank;
    final boolean main;
    final boolean late;
    final boolean borrowed;
    Dose dose;
    /** Its time where it stands in the routine's order: the transition from the movement before it included. */
    int seconds;
    /** The dose {@link #fullestGrowth} was worked out from, and its answer. */
    private Dose fullestFrom;
    private int fullestGrowth;

    Pick(Movement movement, Dose dose, int anchorRank, boolean late, boolean main, boolean borrowed) {
        this.late = late;
        this.borrowed = borrowed;
        this.movement = movement;
        this.dose = dose;
        this.seconds = Timing.seconds(movement, dose);
        this.anchorRank = anchorRank;
        this.main = main;
    }

    /** What a bigger dose adds: the work, rests and switches; the transition stays as it is. */
    int growth(Dose bigger) {
        return Timing.seconds(movement, bigger) - Timing.seconds(movement, dose);
    }

    /**
     * What growing the dose to its fullest would add. Kept until the dose changes: {@link Plan#reserve} asks it
     * of every pick for each movement added.
     */
    int fullestGrowth(SlotRules slot) {
        if (fullestFrom != dose) {
            Dose fullest = dose;
            for (Dose bigger = Doses.grow(movement, fullest, slot); bigger != null;
                 bigger = Doses.grow(movement, fullest, slot)) {
                fullest = bigger;
            }
            fullestGrowth = growth(fullest);
            fullestFrom = dose;
        }
        return fullestGrowth;
    }
}

