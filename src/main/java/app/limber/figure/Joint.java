package app.limber.figure;

/**
 * The degrees of freedom of the one skeleton, with their allowed range per view.
 *
 * <p>Angles are in degrees and relative to the parent segment, except {@link #LEAN}, the root orientation.
 * Side A is the near side in a side view and the figure's right (the viewer's left) in a front view.
 * Ranges follow common clinical norms for active range of motion, slightly conservative; a side view shows
 * movement in the sagittal plane (flexion and extension), a front view in the frontal plane (side bending,
 * abduction). Where a range is "front view only" or "side view only", the other view pins it to zero.
 */
public enum Joint {
    /** Root: the lower trunk's direction from straight up; side view +forward, front view +towards the viewer's right. */
    LEAN(-125, 125, -30, 30),
    /** Thoracic spine: side view flexion (+, rounding) and extension (-); front view side bend. */
    SPINE(-40, 45, -35, 35),
    /** Neck: side view flexion (+, chin to chest) and extension (-); front view side bend (ear to shoulder). */
    NECK(-50, 50, -45, 45),
    /** Rotation of the upper trunk about its long axis: + turns the chest towards side A. */
    TWIST(-70, 70, -45, 45),
    /** Shoulder girdle elevation (shrug), in units, not degrees. */
    SHRUG(-2, 7, -2, 7),
    /** Shoulder girdle protraction (+, blades apart) and retraction (-), in units. Side view only. */
    PROTRACT(-6, 6, 0, 0),
    /** The belly rising with a breath in, in units; side view only (belly breathing). */
    BELLY(0, 5, 0, 0),
    /** Shoulder: side view flexion (+, arm forward and up) or extension (-); front view abduction. */
    SHOULDER_A(-60, 180, -10, 180),
    SHOULDER_B(-60, 180, -10, 180),
    /**
     * Side view only: the arm swung about the upright through its shoulder, out of the picture towards the viewer
     * (horizontal abduction, from pointing forward). The picture shows the arm's run forward or back times the
     * cosine: at 90 it points at the viewer, past 90 it goes back behind the shoulder (forearms on a door frame
     * with the chest through it). 0 keeps the arm in the picture plane.
     */
    ARM_OUT_A(0, 135, 0, 0),
    ARM_OUT_B(0, 135, 0, 0),
    /** Elbow flexion; in the front view the sign says which way the forearm turns in the picture. */
    ELBOW_A(0, 150, -150, 150),
    ELBOW_B(0, 150, -150, 150),
    /**
     * Hip: side view flexion (+; 140 only with the knee bent, as in child's pose) or extension (-). Front view: the
     * thigh's angle out (+) or in (-) from hanging straight down; past about 45 only when sitting on the floor with
     * the pelvis turned, legs swept to one side (the invariants test holds standing figures to 45).
     */
    HIP_A(-20, 140, -90, 90),
    HIP_B(-20, 140, -90, 90),
    /**
     * Front view only: hip flexion out of the picture, the thigh coming forward towards the viewer (sitting). The
     * picture shows the thigh's drop times the cosine: at 80 the knee is just below the hip, a short stub.
     */
    HIP_FWD_A(0, 0, 0, 90),
    HIP_FWD_B(0, 0, 0, 90),
    /** Knee flexion only: the shin never bends forward of the thigh's line. */
    KNEE_A(0, 155, 0, 150),
    KNEE_B(0, 155, 0, 150),
    /** Ankle plantarflexion (+, pointing the foot) or dorsiflexion (-). Side view only. */
    ANKLE_A(-25, 75, 0, 0),
    ANKLE_B(-25, 75, 0, 0);

    private final double sideMin;
    private final double sideMax;
    private final double frontMin;
    private final double frontMax;

    Joint(double sideMin, double sideMax, double frontMin, double frontMax) {
        this.sideMin = sideMin;
        this.sideMax = sideMax;
        this.frontMin = frontMin;
        this.frontMax = frontMax;
    }

    public double min(View view) {
        return view == View.SIDE ? sideMin : frontMin;
    }

    public double max(View view) {
        return view == View.SIDE ? sideMax : frontMax;
    }

    public boolean allows(View view, double value) {
        return value >= min(view) - 1e-9 && value <= max(view) + 1e-9;
    }
}
