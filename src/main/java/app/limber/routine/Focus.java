package app.limber.routine;

/** An optional emphasis for the routine. */
public enum Focus {
    POSTURE, STIFFNESS, NECK_SHOULDERS
}
