package app.limber.catalog;

/**
 * How much of a movement to do. Any of hold, reps and duration may be null when it is not part of the dosage.
 * {@code fromArticle} is false where no article gives a count and Limber chose a conservative default.
 * {@code holdOpenEnded} is true where the article allows a longer hold than its figure ("at least 30 seconds, or as
 * long as it feels good"): the hold range is what a routine plans; a person may hold longer.
 */
public record Dosage(Range hold, Range reps, Range sets, boolean eachSide, Range duration, Range timesPerWeek,
                     boolean fromArticle, boolean holdOpenEnded) {

    public Dosage(Range hold, Range reps, Range sets, boolean eachSide, Range duration, Range timesPerWeek,
                  boolean fromArticle) {
        this(hold, reps, sets, eachSide, duration, timesPerWeek, fromArticle, false);
    }

    public Dosage {
        if (sets == null) {
            sets = Range.of(1);
        }
    }

    public boolean timed() {
        return duration != null;
    }

    public boolean hasReps() {
        return reps != null;
    }

    public boolean hasHold() {
        return hold != null;
    }

    public int sides() {
        return eachSide ? 2 : 1;
    }
}
