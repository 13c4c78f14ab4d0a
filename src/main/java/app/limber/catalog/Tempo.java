package app.limber.catalog;

/**
 * The pace of a movement's reps, from its article. Labels live in messages (key: tempo.CONSTANT).
 */
public enum Tempo {
    /** A flow led by the breath: one rep per slow breath (cat-cow: "let your breath set the pace"). */
    BREATH_LED,
    /** Quick, light warm-up reps. */
    BRISK,
    /** Slow and controlled. */
    STEADY
}
