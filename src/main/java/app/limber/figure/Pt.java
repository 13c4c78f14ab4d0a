package app.limber.figure;

/** Named points of a solved figure: joints, plus a few landmarks that props attach to. */
public enum Pt {
    PELVIS, WAIST, NECK_BASE, NECK_TOP, HEAD,
    /** Middle of the upper trunk, on its front (chest) and back surfaces. */
    CHEST, UPPER_BACK,
    /** The back's surface at the waist, where the thoracic spine begins to bend. */
    BACK_WAIST,
    HIP_A, HIP_B, SHOULDER_A, SHOULDER_B, ELBOW_A, ELBOW_B, HAND_A, HAND_B,
    KNEE_A, KNEE_B, ANKLE_A, ANKLE_B, TOE_A, TOE_B,
    /** The front of the belly (side view; the waist in a front view). */
    BELLY,
    /** Middle of the shin. */
    SHIN_A, SHIN_B
}
