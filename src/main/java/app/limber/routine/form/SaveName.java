package app.limber.routine.form;

/** The save form's own input (besides the routine inputs it carries as hidden fields): the name to keep it under. */
public record SaveName(@KeptName String name) {

    /** The name errors are filed under; not "routine", which the routine page already holds. */
    public static final String NAME = "save";
}
