package app.limber.figure;

/** Side view (the figure faces right, near limbs dark) or front view, for lateral movements. */
public enum View {
    SIDE, FRONT
}
