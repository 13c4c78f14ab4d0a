package app.limber.routine;

/** Where the session happens. At a desk nothing goes on the floor; at home anything goes. */
public enum Place {
    DESK, HOME
}
