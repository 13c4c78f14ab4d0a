package app.limber.figure;

import java.util.Locale;

/**
 * One drawn shape of a prop, as an SVG path so that a moving prop (a band between the hands) can be animated
 * exactly like a limb. Coordinates are figure space (y up); {@link SvgRenderer} flips them.
 */
record Mark(String d, Kind kind, boolean front, double minX, double minY, double maxX, double maxY, Shape hard) {

    /**
     * The outline a body must not pass through (a ball, a roller end on, a seat, a wall): a circle, or an
     * axis-aligned box; null for what a limb may cross in a flat drawing (a chair's back post, a band).
     */
    enum Shape { CIRCLE, BOX }

    Mark(String d, Kind kind, boolean front, double minX, double minY, double maxX, double maxY) {
        this(d, kind, front, minX, minY, maxX, maxY, null);
    }

    /** This mark as one the body may touch but not go into. Only circles and rectangles can be. */
    Mark solid() {
        Shape shape = d.contains("a") ? Shape.CIRCLE : Shape.BOX;
        return new Mark(d, kind, front, minX, minY, maxX, maxY, shape);
    }

    /**
     * SOLID: filled and outlined; LINE: a thick outline-coloured stroke; BAND: a thin elastic or strap; DETAIL: a
     * fine outline-coloured line that says what a shape is (a roller's end, a ball's seam); CLOTH: a towel's
     * thick soft stroke.
     */
    enum Kind { SOLID, LINE, BAND, DETAIL, CLOTH }

    static final double FLOOR_Y = 222;

    static String n(double v) {
        long r = Math.round(v);
        return Long.toString(r == 0 ? 0 : r);
    }

    static String x(double x) {
        return n(x);
    }

    static String y(double y) {
        return n(FLOOR_Y - y);
    }

    static Mark circle(Vec c, double r, Kind kind, boolean front) {
        String d = String.format(Locale.ROOT, "M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 -%s 0z",
                x(c.x() - r), y(c.y()), n(r), n(r), n(2 * r), n(r), n(r), n(2 * r));
        return new Mark(d, kind, front, c.x() - r, c.y() - r, c.x() + r, c.y() + r);
    }

    /** Axis-aligned rectangle from its lower-left corner. */
    static Mark rect(double left, double bottom, double width, double height, Kind kind, boolean front) {
        String d = "M" + x(left) + " " + y(bottom) + "h" + n(width) + "v-" + n(height) + "h-" + n(width) + "z";
        return new Mark(d, kind, front, left, bottom, left + width, bottom + height);
    }

    static Mark line(Kind kind, boolean front, Vec... points) {
        StringBuilder d = new StringBuilder();
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < points.length; i++) {
            Vec p = points[i];
            d.append(i == 0 ? "M" : "L").append(x(p.x())).append(' ').append(y(p.y()));
            b[0] = Math.min(b[0], p.x());
            b[1] = Math.min(b[1], p.y());
            b[2] = Math.max(b[2], p.x());
            b[3] = Math.max(b[3], p.y());
        }
        // Lines end square (butt caps), so a chair leg drawn to the floor stops on it.
        return new Mark(d.toString(), kind, front, b[0] - 2, b[1], b[2] + 2, b[3] + 2);
    }

    /** An ellipse with axes along x and y. */
    static Mark ellipse(Vec c, double rx, double ry, Kind kind, boolean front) {
        String d = String.format(Locale.ROOT, "M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 -%s 0z",
                x(c.x() - rx), y(c.y()), n(rx), n(ry), n(2 * rx), n(rx), n(ry), n(2 * rx));
        return new Mark(d, kind, front, c.x() - rx, c.y() - ry, c.x() + rx, c.y() + ry);
    }

    /** A horizontal pill from its lower-left corner: rounded ends of radius height / 2 (a roller side on). */
    static Mark pill(double left, double bottom, double width, double height, Kind kind, boolean front) {
        double r = height / 2;
        String d = "M" + x(left + r) + " " + y(bottom) + "h" + n(width - 2 * r) + "a" + n(r) + " " + n(r)
                + " 0 0 0 0 -" + n(height) + "h-" + n(width - 2 * r) + "a" + n(r) + " " + n(r) + " 0 0 0 0 "
                + n(height) + "z";
        return new Mark(d, kind, front, left, bottom, left + width, bottom + height);
    }

    /** A rectangle turned to lie along {@code a} to {@code b}, {@code thick} across, corners rounded by the stroke. */
    static Mark slab(Vec a, Vec b, double thick, Kind kind, boolean front) {
        Vec d = b.minus(a);
        Vec nrm = new Vec(-d.y(), d.x()).times(thick / 2 / d.length());
        return line(kind, front, a.plus(nrm), b.plus(nrm), b.minus(nrm), a.minus(nrm), a.plus(nrm));
    }

    /** A quadratic curve from a through the pull of c to b (a towel behind the head). */
    static Mark curve(Kind kind, boolean front, Vec a, Vec c, Vec b) {
        String d = "M" + x(a.x()) + " " + y(a.y()) + "Q" + x(c.x()) + " " + y(c.y()) + " " + x(b.x()) + " " + y(b.y());
        // Half the widest stroke of its kind: a fine seam inside a ball must not count as reaching below it.
        double pad = kind == Kind.DETAIL ? 0.75 : kind == Kind.CLOTH ? 2.5 : 2;
        return new Mark(d, kind, front, Math.min(Math.min(a.x(), b.x()), c.x()) - pad,
                Math.min(Math.min(a.y(), b.y()), c.y()) - pad, Math.max(Math.max(a.x(), b.x()), c.x()) + pad,
                Math.max(Math.max(a.y(), b.y()), c.y()) + pad);
    }
}
