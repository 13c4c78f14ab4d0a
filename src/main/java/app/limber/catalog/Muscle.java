package app.limber.catalog;

/** Muscles a movement works or stretches. Labels live in messages (key: muscle.CONSTANT). */
public enum Muscle {
    TRAPEZIUS, RHOMBOIDS, LATISSIMUS_DORSI, ERECTOR_SPINAE, PECTORALS, DELTOIDS, NECK_MUSCLES, CORE, HIP_MUSCLES
}
