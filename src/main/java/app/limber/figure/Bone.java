package app.limber.figure;

/**
 * The segments of the one skeleton: fixed lengths (roughly centimetres of a 1.75 m adult) and drawn widths.
 * A figure is only ever these bones at different angles, which is why a test can check every length.
 *
 * <p>Widths are drawn widths at the bone's start; {@code taper} scales the width at its end, so limbs narrow from
 * thigh to ankle and from shoulder to wrist, and the trunk widens from waist to chest.
 */
public enum Bone {
    LOWER_TRUNK(22, 17, 24, 0.88),
    UPPER_TRUNK(30, 15, 20, 1.15),
    NECK(9, 7, 8, 1),
    UPPER_ARM(29, 8.5, 8.5, 0.78),
    FOREARM(27, 6.5, 6.5, 0.8),
    THIGH(43, 12.5, 12.5, 0.7),
    SHIN(43, 8.5, 8.5, 0.65),
    /** Ankle to toe in a side view; seen from the front only a short stub of it shows. */
    FOOT(16, 9, 6, 0.45),
    FOOT_FRONT(7, 6, 6, 1),
    /** The shoulder line of a front view: its length follows shrug and twist, so it is not a fixed bone. */
    GIRDLE(Double.NaN, 9, 9, 1),
    /** Side view: the belly's round, 2 long, inside the lower trunk until a breath in pushes it out. */
    BELLY(2, 13, 13, 1),
    /** Side view: the tip of the nose, which shows where the head faces. */
    NOSE(3.5, 4, 4, 0.6);

    /** Head radius; the head sits on top of the neck. */
    static final double HEAD_RADIUS = 10.5;
    /** Half the shoulder width: how far the shoulders sit from the spine. */
    static final double HALF_SHOULDERS = 17;
    /** Half the hip width, front view. */
    static final double HALF_HIPS = 8;

    private final double length;
    private final double sideWidth;
    private final double frontWidth;
    private final double taper;

    Bone(double length, double sideWidth, double frontWidth, double taper) {
        this.length = length;
        this.sideWidth = sideWidth;
        this.frontWidth = frontWidth;
        this.taper = taper;
    }

    public double length() {
        return length;
    }

    public boolean fixedLength() {
        return !Double.isNaN(length);
    }

    /** Drawn width at the bone's start (its parent joint). */
    public double width(View view) {
        return view == View.SIDE ? sideWidth : frontWidth;
    }

    /** Drawn width at the bone's end. */
    public double endWidth(View view) {
        return width(view) * taper;
    }

    /** Drawn width a fraction {@code t} of the way along. */
    public double widthAt(View view, double t) {
        return width(view) + (endWidth(view) - width(view)) * t;
    }
}
