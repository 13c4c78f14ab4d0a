package app.limber.routine.form;

/** An addition to a kept routine: the movement to add (checked by {@code RoutineEdits}). */
public record AddEdit(String slug) {

    public static final String NAME = "add";
}
