package app.limber.routine;

import app.limber.catalog.Dosage;
import app.limber.catalog.Range;

/**
 * The concrete amount chosen for one movement in a routine, picked from the catalog dosage's ranges (or set by
 * the user when adjusting a saved routine). Null fields are not part of this movement's dosage.
 */
public record Dose(Integer holdSeconds, Integer reps, int sets, boolean eachSide, Integer durationSeconds) {

    public Dose withSets(int otherSets) {
        return new Dose(holdSeconds, reps, otherSets, eachSide, durationSeconds);
    }

    public int sides() {
        return eachSide ? 2 : 1;
    }

    /** This dose as a catalog dosage of single values, so it can be put in plain words the same way. */
    public Dosage toDosage() {
        return new Dosage(single(holdSeconds), single(reps), Range.of(Math.max(1, sets)), eachSide,
                single(durationSeconds), null, true);
    }

    private static Range single(Integer value) {
        return value == null ? null : Range.of(value);
    }
}
