package app.limber.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A solved figure: where every point is, and the segments to draw between them, in drawing order. */
public record Body(Pose pose, Map<Pt, Vec> points, List<Segment> segments, Vec head, Vec noseTip) {

    /** Far limbs are drawn lighter and first, the trunk next, near limbs last and dark. */
    public enum Layer { FAR, TRUNK, NEAR }

    /** A bone as drawn: {@code width} at {@code from}, {@code endWidth} at {@code to}, rounded at both ends. */
    public record Segment(Bone bone, Vec from, Vec to, double width, double endWidth, Layer layer) {
        public double length() {
            return from.distance(to);
        }

        /** Lowest extent of the drawn shape (round ends). */
        double bottom() {
            return Math.min(from.y() - width / 2, to.y() - endWidth / 2);
        }
    }

    public Vec at(Pt pt) {
        return points.get(pt);
    }

    public View view() {
        return pose.view();
    }

    /** The lowest drawn point of the body, head and stroke widths included. */
    public double bottom() {
        double min = head.y() - Bone.HEAD_RADIUS;
        for (Segment s : segments) {
            min = Math.min(min, s.bottom());
        }
        return min;
    }

    /** [minX, minY, maxX, maxY] of everything drawn. */
    public double[] bounds() {
        double r = Bone.HEAD_RADIUS;
        double[] b = {head.x() - r, head.y() - r, head.x() + r, head.y() + r};
        for (Segment s : segments) {
            for (int i = 0; i < 2; i++) {
                Vec v = i == 0 ? s.from() : s.to();
                double w = (i == 0 ? s.width() : s.endWidth()) / 2;
                b[0] = Math.min(b[0], v.x() - w);
                b[1] = Math.min(b[1], v.y() - w);
                b[2] = Math.max(b[2], v.x() + w);
                b[3] = Math.max(b[3], v.y() + w);
            }
        }
        return b;
    }

    Body moved(Vec by) {
        Map<Pt, Vec> moved = new EnumMap<>(Pt.class);
        points.forEach((k, v) -> moved.put(k, v.plus(by)));
        List<Segment> segs = new ArrayList<>();
        for (Segment s : segments) {
            segs.add(new Segment(s.bone(), s.from().plus(by), s.to().plus(by), s.width(), s.endWidth(), s.layer()));
        }
        return new Body(pose, Collections.unmodifiableMap(moved), List.copyOf(segs), head.plus(by),
                noseTip == null ? null : noseTip.plus(by));
    }
}
