package app.limber.routine.form;

/** A swap on a kept routine: the movement to put in the chosen one's place (checked by {@code RoutineEdits}). */
public record SwapEdit(String with) {

    public static final String NAME = "swap";
}
