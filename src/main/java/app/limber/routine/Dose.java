package app.limber.routine;

/**
 * The concrete amount chosen for one movement in a routine, picked from the catalog dosage's ranges (or set by
 * the user when adjusting a saved routine). Null fields are not part of this movement's dosage.
 */
public record Dose(Integer holdSeconds, Integer reps, int sets, boolean eachSide, Integer durationSeconds) {

    public int sides() {
        return eachSide ? 2 : 1;
    }
}
