package app.limber.figure;

/**
 * The segments of the one skeleton: fixed lengths (roughly centimetres of a 1.75 m adult) and drawn widths.
 * A figure is only ever these bones at different angles, which is why a test can check every length.
 */
public enum Bone {
    LOWER_TRUNK(22, 14, 22),
    UPPER_TRUNK(30, 14, 22),
    NECK(9, 8, 8),
    UPPER_ARM(29, 7, 7),
    FOREARM(27, 7, 7),
    THIGH(43, 9, 10),
    SHIN(43, 9, 9),
    /** Ankle to toe in a side view; seen from the front only a short stub of it shows. */
    FOOT(16, 6, 6),
    FOOT_FRONT(7, 6, 6),
    /** The shoulder line of a front view: its length follows shrug and twist, so it is not a fixed bone. */
    GIRDLE(Double.NaN, 9, 9),
    /** Side view: the tip of the nose, which shows where the head faces. */
    NOSE(3.5, 4, 4);

    /** Head radius; the head sits on top of the neck. */
    static final double HEAD_RADIUS = 10.5;
    /** Half the shoulder width: how far the shoulders sit from the spine. */
    static final double HALF_SHOULDERS = 17;
    /** Half the hip width, front view. */
    static final double HALF_HIPS = 8;

    private final double length;
    private final double sideWidth;
    private final double frontWidth;

    Bone(double length, double sideWidth, double frontWidth) {
        this.length = length;
        this.sideWidth = sideWidth;
        this.frontWidth = frontWidth;
    }

    public double length() {
        return length;
    }

    public boolean fixedLength() {
        return !Double.isNaN(length);
    }

    public double width(View view) {
        return view == View.SIDE ? sideWidth : frontWidth;
    }
}
