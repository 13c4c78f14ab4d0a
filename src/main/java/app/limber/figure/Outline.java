package app.limber.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rigid filled shape of the body (a limb with its hand, the head with its nose, a tint) in figure coordinates,
 * with the frame it is rigid in: an origin and a direction. An animated figure writes the shape once in its own
 * frame and moves it by a transform per key frame (translate, rotate), which is far smaller than repeating the
 * outline per key frame; a still figure writes it where it is.
 */
final class Outline {

    private interface Part {
    }

    /** A tapered capsule from a (radius ra) to b (radius rb): straight sides, half-round ends. */
    private record Cap(Vec a, Vec b, double ra, double rb) implements Part {
    }

    private record Dot(Vec c, double r) implements Part {
    }

    private final Vec origin;
    /** Direction of the frame's x axis in figure space, in degrees as {@link Vec#dir(double)} counts them. */
    private final double direction;
    private final List<Part> parts = new ArrayList<>();

    private Outline(Vec origin, double direction) {
        this.origin = origin;
        this.direction = direction;
    }

    /** A capsule, in its own frame: origin at a, x axis towards b. */
    static Outline capsule(Vec a, Vec b, double ra, double rb) {
        Vec d = b.minus(a);
        return new Outline(a, d.length() < 1e-9 ? 90 : d.angle()).cap(a, b, ra, rb);
    }

    /** A round (a joint's tint, the hips'), in its own frame: origin at its centre. */
    static Outline round(Vec c, double r) {
        return new Outline(c, 90).dot(c, r);
    }

    /** A shape rigid in the frame at {@code origin} whose x axis points at {@code direction} (degrees). */
    static Outline framed(Vec origin, double direction) {
        return new Outline(origin, direction);
    }

    Outline cap(Vec a, Vec b, double ra, double rb) {
        parts.add(new Cap(a, b, ra, rb));
        return this;
    }

    Outline dot(Vec c, double r) {
        parts.add(new Dot(c, r));
        return this;
    }

    /** The path where the shape is (SVG coordinates, y down). */
    String d() {
        return path(v -> new double[] {v.x(), Mark.FLOOR_Y - v.y()}, false);
    }

    /** The path in the shape's own frame: the same in every frame of a rigid shape. */
    String local() {
        double r = Math.toRadians(svgAngle());
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        return path(v -> {
            double x = v.x() - origin.x();
            double y = origin.y() - v.y();
            return new double[] {x * cos + y * sin, -x * sin + y * cos};
        }, true);
    }

    /** Whether {@code other} is this shape moved as a whole: the same parts, within a hundredth, in its own frame. */
    boolean sameShape(Outline other) {
        if (other.parts.size() != parts.size()) {
            return false;
        }
        List<Double> mine = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        localPath(mine);
        other.localPath(theirs);
        for (int i = 0; i < mine.size(); i++) {
            if (Math.abs(mine.get(i) - theirs.get(i)) > 0.01) {
                return false;
            }
        }
        return true;
    }

    private void localPath(List<Double> numbers) {
        double r = Math.toRadians(svgAngle());
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        path(v -> {
            double x = v.x() - origin.x();
            double y = origin.y() - v.y();
            double[] p = {x * cos + y * sin, -x * sin + y * cos};
            numbers.add(p[0]);
            numbers.add(p[1]);
            return p;
        }, true);
    }

    /** The frame's origin in SVG coordinates. */
    double x() {
        return origin.x();
    }

    double y() {
        return Mark.FLOOR_Y - origin.y();
    }

    /** The SVG rotation (degrees, clockwise on screen from +x) that turns the local path into place. */
    double svgAngle() {
        return direction - 90;
    }

    private interface Map {
        double[] at(Vec v);
    }

    /**
     * Where a shape is, its corners are whole units (as every prop's); in its own frame, tenths (written once).
     * After the first point every command is relative: small numbers, and a minus sign needs no space before it.
     */
    private String path(Map map, boolean fine) {
        double unit = fine ? 10 : 1;
        StringBuilder s = new StringBuilder();
        long[] at = {0, 0};
        for (Part part : parts) {
            if (part instanceof Cap c) {
                Vec d = c.b().minus(c.a());
                double len = d.length();
                Vec n = len < 1e-9 ? new Vec(1, 0) : new Vec(-d.y() / len, d.x() / len);
                long[] a1 = grid(map.at(c.a().plus(n.times(c.ra()))), unit);
                long[] b1 = grid(map.at(c.b().plus(n.times(c.rb()))), unit);
                long[] b2 = grid(map.at(c.b().minus(n.times(c.rb()))), unit);
                long[] a2 = grid(map.at(c.a().minus(n.times(c.ra()))), unit);
                s.append('M').append(pair(a1[0], a1[1], unit)).append('l').append(step(a1, b1, unit))
                        .append('a').append(num(c.rb())).append(' ').append(num(c.rb())).append(" 0 0 1")
                        .append(sep(step(b1, b2, unit))).append('l').append(step(b2, a2, unit))
                        .append('a').append(num(c.ra())).append(' ').append(num(c.ra())).append(" 0 0 1")
                        .append(sep(step(a2, a1, unit))).append('z');
            } else if (part instanceof Dot o) {
                // Clockwise, as a capsule goes round: a hand or a nose overlapping its limb or head in one path
                // must add to it, not cut a hole in it (non-zero fill).
                double[] c = map.at(o.c());
                String r = num(o.r());
                s.append('M').append(num(c[0] - o.r())).append(sep(num(c[1]))).append('a').append(r).append(' ')
                        .append(r).append(" 0 1 1 ").append(num(2 * o.r())).append(" 0a").append(r).append(' ')
                        .append(r).append(" 0 1 1-").append(num(2 * o.r())).append(" 0z");
            }
        }
        return s.toString();
    }

    private static long[] grid(double[] p, double unit) {
        return new long[] {Math.round(p[0] * unit), Math.round(p[1] * unit)};
    }

    private static String step(long[] from, long[] to, double unit) {
        return pair(to[0] - from[0], to[1] - from[1], unit);
    }

    /** "x y", or "x-y" where the minus sign already separates them. */
    private static String pair(long x, long y, double unit) {
        return num(x / unit) + sep(num(y / unit));
    }

    private static String sep(String n) {
        return n.startsWith("-") ? n : " " + n;
    }

    /** One decimal, no trailing zero: a tenth of a unit is under a pixel at any size the figure is shown. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        // ".5", not "0.5": a path needs no leading zero.
        return a % 10 == 0 ? sign + a / 10 : String.format(Locale.ROOT, "%s%s.%d", sign, a < 10 ? "" : a / 10, a % 10);
    }
}
