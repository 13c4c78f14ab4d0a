package app.limber.routine.form;

/**
 * A dose change on a kept routine: each figure a whole number, or left out to stay as it is. Their bounds depend
 * on the movement and the time of day, so they are {@code RoutineEdits}' rule, not constraints here.
 */
public record DoseEdit(Integer hold, Integer reps, Integer sets, Integer duration) {

    public static final String NAME = "dose";
}
