package app.limber.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import app.limber.catalog.Area;

/**
 * The one renderer: a {@link FigureSpec} in, a small self-contained SVG out.
 *
 * <p>Motion is CSS keyframes on each path's {@code d} inside the SVG's own style element, sampled in joint space
 * so limbs keep their length; an SVG loaded through an {@code img} element still honours
 * {@code prefers-reduced-motion} there, which SMIL would not. Colours are presentation attributes, so the figure
 * still draws if the style element is ever blocked. Browsers without CSS {@code d} support show the start pose.
 */
public final class SvgRenderer {

    /** ANIMATED loops a flowing movement; HELD shows a hold over a faint start; PRINT: start and end side by side. */
    public enum Mode { ANIMATED, HELD, PRINT }

    public static final int WIDTH = 240;
    public static final int HEIGHT = 230;
    static final int PRINT_GAP = 24;
    public static final int PRINT_WIDTH = 2 * WIDTH + PRINT_GAP;
    /** Print pairs are cropped to their content at this size: 1.75 wide to 1 high, a standing pair's shape. */
    public static final int PRINT_HEIGHT = 288;

    private static final String NEAR = "#1b3940";
    private static final String TRUNK = "#3b6b74";
    private static final String FAR = "#9dbab6";
    private static final String EYE = "#fbfaf7";
    private static final String PROP_FILL = "#e9dcc4";
    private static final String PROP_LINE = "#85735a";
    private static final String BAND = "#c2410c";
    private static final String FLOOR = "#aab7b3";
    private static final String MAT = "#7fa59b";
    private static final String ARROW = "#c2410c";
    private static final String GHOST = "#c3d3d0";
    private static final String TINT = "#f28c38";

    private SvgRenderer() {
    }

    /** The placed bodies of every frame the mode draws, with the props fitted, in final figure coordinates. */
    public record Layout(FigureSpec spec, List<Body> frames, List<Double> percents, Body fit, double seconds,
                         double anchorX, double centreX, Set<Area> feel) {

        /** Any pose of this figure placed as its frames are: on the floor, anchored, centred. */
        Body place(Pose pose) {
            Body b = Skeleton.place(pose);
            return b.moved(new Vec(anchorX - b.at(spec.anchor()).x() + centreX, 0));
        }

        /**
         * The path of the body point that travels furthest from the start: through the keys in order (and back to
         * the first when the movement goes round), sampled in joint space so a swing or a turn comes out curved.
         */
        List<Vec> motion() {
            List<Pose> keys = new ArrayList<>(spec.keys());
            List<Pt> movers = MOVERS;
            if (spec.stretch() != null) {
                // A hold: the arrow shows the stretch (the held part easing into the hold), not the set-up.
                keys = keys.subList(keys.size() - 2, keys.size());
                movers = List.of(spec.stretch());
            } else if (spec.cycle()) {
                keys.add(keys.get(0));
            }
            List<Body> samples = new ArrayList<>();
            for (int k = 0; k < keys.size() - 1; k++) {
                for (int s = 0; s < 6; s++) {
                    samples.add(place(keys.get(k).lerp(keys.get(k + 1), s / 6.0)));
                }
            }
            samples.add(place(keys.get(keys.size() - 1)));
            Pt best = null;
            double far = 0;
            for (Pt pt : movers) {
                for (Body b : samples) {
                    double d = b.at(pt).distance(samples.get(0).at(pt));
                    if (d > far + 1e-9) {
                        far = d;
                        best = pt;
                    }
                }
            }
            List<Vec> path = new ArrayList<>();
            if (best != null) {
                for (Body b : samples) {
                    path.add(b.at(best));
                }
            }
            return path;
        }

        List<Mark> staticMarks() {
            List<Mark> marks = new ArrayList<>();
            for (Prop p : spec.props()) {
                if (!follows(p)) {
                    marks.addAll(p.marks(fit, fit));
                }
            }
            return marks;
        }

        List<Mark> followingMarks(Body frame) {
            List<Mark> marks = new ArrayList<>();
            for (Prop p : spec.props()) {
                if (follows(p)) {
                    marks.addAll(p.marks(fit, frame));
                }
            }
            return marks;
        }

        /** [minX, minY, maxX, maxY] over all frames, props included. */
        public double[] bounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            List<Mark> marks = new ArrayList<>(staticMarks());
            for (Body f : frames) {
                double[] fb = f.bounds();
                b[0] = Math.min(b[0], fb[0]);
                b[1] = Math.min(b[1], fb[1]);
                b[2] = Math.max(b[2], fb[2]);
                b[3] = Math.max(b[3], fb[3]);
                marks.addAll(followingMarks(f));
            }
            for (Mark m : marks) {
                b[0] = Math.min(b[0], m.minX());
                b[1] = Math.min(b[1], m.minY());
                b[2] = Math.max(b[2], m.maxX());
                b[3] = Math.max(b[3], m.maxY());
            }
            return b;
        }
    }

    /** The points whose travel a motion arrow may follow: the ends of the limbs, the head, the shoulders. */
    private static final List<Pt> MOVERS = List.of(Pt.HAND_A, Pt.HAND_B, Pt.ELBOW_A, Pt.ELBOW_B, Pt.KNEE_A,
            Pt.KNEE_B, Pt.TOE_A, Pt.TOE_B, Pt.HEAD, Pt.SHOULDER_A, Pt.BELLY);

    /** Below this travel (units) the whole figure cannot show a movement; a close-up inset does. */
    static final double SMALL_MOTION = 8;

    /**
     * The arrow that says which way to move: along the moving point's path, set off from the body so it does not
     * lie on the limb, with a head at the end (and at the start too for a back-and-forth movement). Straight for a
     * straight path, curved for a swing, a loop for a circle. Empty when the travel is too small to draw, or when
     * the figure has a close-up (which carries its arrow).
     */
    static List<Vec> arrowPath(Layout layout) {
        if (layout.spec().closeUp() != null) {
            // A figure with a close-up has its one arrow in it.
            return List.of();
        }
        List<Vec> path = layout.motion();
        if (path.size() < 2) {
            return List.of();
        }
        double travel = 0;
        for (Vec v : path) {
            travel = Math.max(travel, v.distance(path.get(0)));
        }
        if (travel < SMALL_MOTION) {
            return List.of();
        }
        Body start = layout.frames().get(0);
        Vec centre = start.at(Pt.WAIST).lerp(start.at(Pt.NECK_BASE), 0.5);
        List<Vec> out = new ArrayList<>();
        for (Vec v : path) {
            Vec away = v.minus(centre);
            double len = away.length();
            Vec p = (len < 1e-6 ? v : v.plus(away.times(9 / len))).plus(new Vec(0, layout.spec().stretchRaise()));
            out.add(new Vec(Math.max(4, Math.min(WIDTH - 4, p.x())), Math.max(4, Math.min(Mark.FLOOR_Y - 4, p.y()))));
        }
        if (layout.spec().stretch() != null) {
            // A stretch is a direction, not a path: straight from where the part starts easing in to where it holds
            // (a hand re-grounded on the way would otherwise hook the head).
            Vec from = out.get(0);
            Vec to = out.get(out.size() - 1);
            if (layout.spec().stretchAhead()) {
                // On from where the part holds, as far again as it went (at least 22 units), so it reads as "this way".
                Vec held = path.get(path.size() - 1);
                Vec way = held.minus(path.get(0));
                way = way.times(1 / way.length());
                from = held.plus(way.times(6));
                to = from.plus(way.times(Math.max(22, travel)));
            }
            return List.of(from, from.lerp(to, 0.5), to);
        }
        // Trim the ends a little so the heads sit beside the hand or knee rather than on it.
        return out.subList(out.size() > 8 ? 1 : 0, out.size() > 8 ? out.size() - 1 : out.size());
    }

    /** The arrow as SVG: a smooth line through the path and an open head at the end (both ends if asked). */
    static String arrow(List<Vec> path, boolean both, String colour, double width) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder d = new StringBuilder();
        Vec first = path.get(0);
        d.append('M').append(Mark.x(first.x())).append(' ').append(Mark.y(first.y()));
        for (int i = 1; i < path.size(); i++) {
            d.append('L').append(Mark.x(path.get(i).x())).append(' ').append(Mark.y(path.get(i).y()));
        }
        d.append(head(path.get(path.size() - 2), path.get(path.size() - 1), width));
        if (both) {
            d.append(head(path.get(1), path.get(0), width));
        }
        return "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + num(width)
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
    }

    private static String head(Vec from, Vec tip, double width) {
        Vec back = from.minus(tip);
        back = back.times((4 + 1.6 * width) / back.length());
        Vec left = tip.plus(rotate(back, 35));
        Vec right = tip.plus(rotate(back, -35));
        return "M" + Mark.x(left.x()) + " " + Mark.y(left.y()) + "L" + Mark.x(tip.x()) + " " + Mark.y(tip.y()) + "L"
                + Mark.x(right.x()) + " " + Mark.y(right.y());
    }

    private static Vec rotate(Vec v, double degrees) {
        double r = Math.toRadians(degrees);
        return new Vec(v.x() * Math.cos(r) - v.y() * Math.sin(r), v.x() * Math.sin(r) + v.y() * Math.cos(r));
    }

    static boolean follows(Prop p) {
        return p instanceof Prop.Band || p instanceof Prop.Straps || p instanceof Prop.Towel;
    }

    /** The frames a mode draws: every animation sample, or start and end. */
    public static Layout layout(FigureSpec spec, Mode mode) {
        return layout(spec, mode, Set.of());
    }

    /** As {@link #layout(FigureSpec, Mode)}, with the areas where the movement should be felt tinted. */
    public static Layout layout(FigureSpec spec, Mode mode, Set<Area> feel) {
        List<Pose> poses = new ArrayList<>();
        List<Double> percents = new ArrayList<>();
        double seconds = 0;
        if (mode == Mode.ANIMATED) {
            seconds = timeline(spec, poses, percents);
        } else {
            poses.add(spec.start());
            poses.add(spec.end());
        }
        Body fit = Skeleton.place(spec.keys().get(spec.fitKey()));
        double anchorX = fit.at(spec.anchor()).x();
        List<Body> bodies = new ArrayList<>();
        for (Pose p : poses) {
            Body b = Skeleton.place(p);
            bodies.add(b.moved(new Vec(anchorX - b.at(spec.anchor()).x(), 0)));
        }
        Layout first = new Layout(spec, bodies, percents, fit, seconds, anchorX, 0, feel);
        double[] b = first.bounds();
        Vec centre = new Vec(WIDTH / 2.0 - (b[0] + b[2]) / 2, 0);
        return new Layout(spec, bodies.stream().map(x -> x.moved(centre)).toList(), percents, fit.moved(centre),
                seconds, anchorX, centre.x(), feel);
    }

    /**
     * Key poses with a short hold, then eased samples between them. A movement that goes there and back is written
     * one way only and played alternately (half a hold at each end, so each end holds as long as the keys between);
     * one that cycles goes round from the last key back to the first. Returns one pass's length in seconds.
     */
    private static double timeline(FigureSpec spec, List<Pose> poses, List<Double> percents) {
        List<Pose> keys = new ArrayList<>(spec.keys());
        if (spec.cycle()) {
            keys.add(spec.keys().get(0));
        }
        double hold = spec.cycle() ? 0 : 0.6;
        double move = spec.cycle() ? 1.2 : 2.4;
        int steps = 3;
        double total = (keys.size() - 1) * (hold + move);
        double t = 0;
        for (int k = 0; k < keys.size() - 1; k++) {
            Pose from = keys.get(k);
            Pose to = keys.get(k + 1);
            poses.add(from);
            percents.add(t / total);
            if (hold > 0) {
                t += k == 0 ? hold / 2 : hold;
                poses.add(from);
                percents.add(t / total);
            }
            for (int s = 1; s < steps; s++) {
                double u = s / (double) steps;
                double eased = spec.cycle() ? u : (1 - Math.cos(Math.PI * u)) / 2;
                poses.add(from.lerp(to, eased));
                percents.add((t + u * move) / total);
            }
            t += move;
        }
        if (hold > 0) {
            poses.add(keys.get(keys.size() - 1));
            percents.add(t / total);
        }
        poses.add(keys.get(keys.size() - 1));
        percents.add(1.0);
        return total;
    }

    public static String render(FigureSpec spec, Mode mode) {
        return render(spec, mode, Set.of());
    }

    /** The figure with "feel it here": the movement's target areas tinted on the body. */
    public static String render(FigureSpec spec, Mode mode, Set<Area> feel) {
        return render(spec, mode, feel, false);
    }

    /**
     * As {@link #render(FigureSpec, Mode, Set)}; {@code eachSide} adds the second side to the print pair: the held
     * position mirrored, small, in the end panel's upper corner (the player mirrors the whole figure instead).
     */
    public static String render(FigureSpec spec, Mode mode, Set<Area> feel, boolean eachSide) {
        Layout layout = layout(spec, mode, feel);
        return switch (mode) {
            case ANIMATED -> animated(layout);
            case HELD -> held(layout);
            case PRINT -> print(spec, feel, eachSide);
        };
    }

    /** One path: its group's paint, its own attributes, its outline (a body shape, rigid) or else a path. */
    private record Element(String group, String own, String d, Outline outline, String wrap) {
        Element(String group, String own, String d) {
            this(group, own, d, null, null);
        }

        Element(String group, String own, Outline outline) {
            this(group, own, outline.d(), outline, null);
        }
    }

    /**
     * Near limbs darkest, the trunk and head a shade lighter (so an arm in front of the chest still reads), far
     * limbs light. Print keeps to black, one dark grey, one light grey and white: it photocopies.
     */
    private record Palette(String near, String trunk, String far, String eye, String fill, String line, String band,
                           String floor, String mat, String arrow, String plate, String tint) {
        static final Palette SCREEN = new Palette(NEAR, TRUNK, FAR, EYE, PROP_FILL, PROP_LINE, BAND, FLOOR, MAT, ARROW,
                EYE, "fill=\"" + TINT + "\" fill-opacity=\".85\"");
        /** On paper the tint is a dashed white outline: it photocopies, and a grey fill would read as a limb. */
        static final Palette PRINT = new Palette("#000", "#4d4d4d", "#8a8a8a", "#fff", "#fff", "#000", "#000", "#000",
                "#8a8a8a", "#000", "#fff",
                "fill=\"none\" stroke=\"#fff\" stroke-width=\"1.3\" stroke-dasharray=\"2.5 1.5\"");

        /** The other extreme in a close-up: the whole body pale, no transparency (print has none). */
        Palette ghost() {
            String pale = this == PRINT ? "#8a8a8a" : GHOST;
            return new Palette(pale, pale, pale, pale, fill, line, band, floor, mat, arrow, plate,
                    "fill=\"" + pale + "\"");
        }

        String body(Body.Layer layer) {
            return "fill=\"" + switch (layer) {
                case FAR -> far;
                case TRUNK -> trunk;
                case NEAR -> near;
            } + "\"";
        }

        String eyeFill() {
            return "fill=\"" + eye + "\"";
        }

        String group(Mark.Kind kind) {
            return switch (kind) {
                case SOLID -> "fill=\"" + fill + "\" stroke=\"" + line + "\" stroke-width=\"2\" stroke-linejoin=\"round\"";
                case LINE -> "fill=\"none\" stroke=\"" + line + "\" stroke-width=\"3\"";
                case BAND -> "fill=\"none\" stroke=\"" + band + "\" stroke-width=\"3\" stroke-linecap=\"round\"";
                case DETAIL -> "fill=\"none\" stroke=\"" + line + "\" stroke-width=\"1.5\"";
                case CLOTH -> "fill=\"none\" stroke=\"" + line + "\" stroke-width=\"5\" stroke-linecap=\"round\"";
            };
        }
    }

    /**
     * The figure as filled shapes in drawing order: far limbs (lighter, thinner), trunk, head with an eye and, side
     * on, a nose for the face's direction, then near limbs (darkest) with the hands. Every shape of a frame has the
     * same path commands as in any other frame, so CSS can animate between them.
     */
    private static List<Element> body(Body b, Palette palette) {
        List<Element> out = new ArrayList<>();
        for (Body.Layer layer : Body.Layer.values()) {
            String fill = palette.body(layer);
            for (Body.Segment s : b.segments()) {
                if (s.layer() != layer || s.bone() == Bone.NOSE) {
                    continue;
                }
                Outline limb = Outline.capsule(s.from(), s.to(), s.width() / 2, s.endWidth() / 2);
                if (s.bone() == Bone.FOREARM) {
                    // The hand moves with the forearm: one shape, one transform.
                    Vec along = s.to().minus(s.from());
                    limb.dot(s.to().plus(along.times(2.2 / along.length())), layer == Body.Layer.FAR ? 3.1 : 3.6);
                }
                out.add(new Element(fill, "", limb));
            }
            if (layer == Body.Layer.TRUNK) {
                out.addAll(head(b, palette));
            }
        }
        return out;
    }

    /** Head, nose (side view) and eyes: the face shows where the figure looks. All in the head's frame. */
    private static List<Element> head(Body b, Palette palette) {
        List<Element> out = new ArrayList<>();
        String fill = palette.body(Body.Layer.TRUNK);
        Vec h = b.head();
        Vec up = h.minus(b.at(Pt.NECK_TOP));
        up = up.times(1 / up.length());
        Outline head = Outline.framed(h, up.angle()).dot(h, Bone.HEAD_RADIUS);
        Outline eyes = Outline.framed(h, up.angle());
        if (b.noseTip() != null) {
            Vec face = b.noseTip().minus(h);
            face = face.times(1 / face.length());
            Vec base = h.plus(face.times(Bone.HEAD_RADIUS - 3));
            head.cap(base, b.noseTip(), 2.2, 1.3);
            eyes.dot(h.plus(face.times(5.2)).plus(up.times(2.6)), 1.4);
        } else {
            Vec lateral = new Vec(up.y(), -up.x());
            Vec centre = h.plus(up.times(1.2));
            eyes.dot(centre.minus(lateral.times(3.8)), 1.3).dot(centre.plus(lateral.times(3.8)), 1.3);
        }
        out.add(new Element(fill, "", head));
        out.add(new Element(palette.eyeFill(), "", eyes));
        return out;
    }

    private static String width(double w) {
        return "stroke-width=\"" + num(w) + "\"";
    }

    private static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static List<Element> marks(List<Mark> marks, boolean front, Palette palette) {
        List<Element> out = new ArrayList<>();
        for (Mark m : marks) {
            if (m.front() == front) {
                out.add(new Element(palette.group(m.kind()), "", m.d()));
            }
        }
        return out;
    }

    /** Everything that moves, per frame, in drawing order; the same count and command structure in every frame. */
    private static List<Element> moving(Layout layout, Body frame, Palette palette) {
        List<Element> out = new ArrayList<>(marks(layout.followingMarks(frame), false, palette));
        out.addAll(body(frame, palette));
        for (Outline o : FeelTint.shapes(frame, layout.feel())) {
            out.add(new Element(palette.tint(), "", o));
        }
        out.addAll(marks(layout.followingMarks(frame), true, palette));
        return out;
    }

    /**
     * How many of {@link #moving}'s elements are the body (and what it holds behind it): a close-up shows those,
     * by reference, without the tints and bands drawn over them, which would only crowd it.
     */
    private static int bodyCount(Layout layout, Body frame, Palette palette) {
        return marks(layout.followingMarks(frame), false, palette).size() + body(frame, palette).size();
    }

    /**
     * A screen figure's box: the full width, cropped from above to its content (every frame, props, arrow, close-up)
     * with the same margin for every figure, so a figure on the floor is not a small drawing at the bottom of a tall
     * empty frame. Pages size figures by width with {@code height: auto}, so the image keeps this shape; every
     * figure keeps the same scale.
     */
    static double[] screenBox(Layout layout) {
        double top = Mark.FLOOR_Y - layout.bounds()[3];
        for (Vec v : arrowPath(layout)) {
            top = Math.min(top, Mark.FLOOR_Y - v.y() - 5);
        }
        Vec inset = insetCentre(layout);
        if (inset != null) {
            top = Math.min(top, inset.y() - INSET_R - 2);
        }
        top = Math.max(0, Math.floor(top - SCREEN_MARGIN));
        return new double[] {0, top, WIDTH, Math.max(MIN_SCREEN_HEIGHT, HEIGHT - top)};
    }

    static final double SCREEN_MARGIN = 10;
    static final double MIN_SCREEN_HEIGHT = 110;

    private static String open(Layout layout) {
        double[] box = screenBox(layout);
        double top = HEIGHT - box[3];
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 " + num(top) + " " + WIDTH + " " + num(box[3])
                + "\" width=\"" + WIDTH + "\" height=\"" + num(box[3]) + "\">";
    }

    /**
     * An exercise mat under a figure that is down on the floor (lying, kneeling, on all fours, sitting on it): a
     * band just under the floor line, as long as the body. Nothing for a figure on its feet or on a seat.
     */
    static double[] mat(Body fit) {
        double low = Double.MAX_VALUE;
        for (Pt pt : List.of(Pt.PELVIS, Pt.WAIST, Pt.KNEE_A, Pt.KNEE_B, Pt.NECK_BASE)) {
            low = Math.min(low, fit.at(pt).y());
        }
        if (low > 14) {
            return null;
        }
        double[] b = fit.bounds();
        return new double[] {Math.max(2, b[0] - 8), Math.min(WIDTH - 2, b[2] + 8)};
    }

    private static String mat(Layout layout, Palette palette) {
        double[] m = mat(layout.fit());
        if (m == null) {
            return "";
        }
        return "<path d=\"M" + num(m[0]) + " " + num(Mark.FLOOR_Y + 2) + "H" + num(m[1]) + "\" stroke=\""
                + palette.mat() + "\" stroke-width=\"4\"/>";
    }

    private static String floor(double from, double to, Palette palette) {
        return "<path d=\"M" + num(from) + " " + num(Mark.FLOOR_Y) + "H" + num(to) + "\" stroke=\"" + palette.floor()
                + "\" stroke-width=\"2\"/>";
    }

    private static String drawn(List<Element> elements, Map<Integer, String> classes) {
        return drawn(elements, classes, 0, elements.size());
    }

    /** Elements {@code from} to {@code to} (their classes by their index in the whole list). */
    private static String drawn(List<Element> elements, Map<Integer, String> classes, int from, int to) {
        StringBuilder svg = new StringBuilder();
        write(svg, elements, classes, from, to);
        return svg.toString();
    }

    private static void write(StringBuilder svg, List<Element> elements, Map<Integer, String> classes) {
        write(svg, elements, classes, 0, elements.size());
    }

    private static void write(StringBuilder svg, List<Element> elements, Map<Integer, String> classes, int from,
                              int to) {
        String group = null;
        for (int i = from; i < to; i++) {
            Element e = elements.get(i);
            if (!e.group().equals(group)) {
                if (group != null) {
                    svg.append("</g>");
                }
                svg.append("<g ").append(e.group()).append('>');
                group = e.group();
            }
            if (e.wrap() != null) {
                svg.append(e.wrap());
            }
            svg.append("<path");
            String cls = classes.get(i);
            if (cls != null) {
                svg.append(" class=\"").append(cls).append('"');
            }
            if (!e.own().isEmpty()) {
                svg.append(' ').append(e.own());
            }
            svg.append(" d=\"").append(e.d()).append("\"/>");
            if (e.wrap() != null) {
                svg.append("</g>");
            }
        }
        if (group != null) {
            svg.append("</g>");
        }
    }

    /**
     * The hold over its faint start. A close-up shows the same two drawings again, by reference: the start as it
     * is, the hold pale under it.
     */
    private static String held(Layout layout) {
        Palette p = Palette.SCREEN;
        boolean inset = layout.spec().closeUp() != null;
        String id = layout.spec().slug();
        StringBuilder svg = new StringBuilder(open(layout));
        svg.append(floor(0, WIDTH, p)).append(mat(layout, p));
        write(svg, marks(layout.staticMarks(), false, p), Map.of());
        List<Element> held = moving(layout, layout.frames().get(1), p);
        List<Element> start = moving(layout, layout.frames().get(0), p);
        if (inset) {
            int sb = bodyCount(layout, layout.frames().get(0), p);
            int hb = bodyCount(layout, layout.frames().get(1), p);
            svg.append("<g opacity=\".25\">").append(group("s-" + id, drawn(start, Map.of(), 0, sb)))
                    .append(drawn(start, Map.of(), sb, start.size())).append("</g>");
            svg.append(group("h-" + id, drawn(held, Map.of(), 0, hb))).append(drawn(held, Map.of(), hb, held.size()));
        } else {
            svg.append("<g opacity=\".25\">").append(drawn(hiddenUnder(start, held), Map.of())).append("</g>");
            svg.append(drawn(held, Map.of()));
        }
        write(svg, marks(layout.staticMarks(), true, p), Map.of());
        svg.append(arrow(arrowPath(layout), false, p.arrow(), 2.5));
        if (inset) {
            svg.append(closeUp(layout, layout.frames().get(0), layout.frames().get(1), use("h-" + id, " opacity=\".3\""),
                    use("s-" + id, ""), p));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The faint drawing without the shapes the full one draws over it unchanged (a leg that stays put): they could
     * not be seen.
     */
    private static List<Element> hiddenUnder(List<Element> faint, List<Element> full) {
        java.util.Set<String> over = new java.util.HashSet<>();
        full.forEach(e -> over.add(e.group() + e.d()));
        return faint.stream().filter(e -> !over.contains(e.group() + e.d())).toList();
    }

    /** A drawing as a group with an id to refer to it by, or as it is without one. */
    private static String group(String id, String drawing) {
        return id == null ? drawing : "<g id=\"" + id + "\">" + drawing + "</g>";
    }

    private static String use(String id, String attributes) {
        return "<use href=\"#" + id + "\"" + attributes + "/>";
    }

    private static String animated(Layout layout) {
        Palette p = Palette.SCREEN;
        List<List<Element>> frames = layout.frames().stream().map(f -> moving(layout, f, p)).toList();
        List<Element> first = frames.get(0);
        Map<Integer, String> classes = new LinkedHashMap<>();
        Map<Integer, String> locals = new LinkedHashMap<>();
        // Keyframes by their text: shapes that move together (a head and its eyes) share one animation.
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < first.size(); i++) {
            int index = i;
            if (frames.stream().allMatch(f -> f.get(index).d().equals(first.get(index).d()))) {
                continue;
            }
            String local = rigid(frames, i);
            String keyframes = local != null ? transformKeyframes(layout, frames, i) : pathKeyframes(layout, frames, i);
            String name = names.computeIfAbsent(keyframes, k -> "k" + names.size());
            classes.put(i, "a " + name);
            if (local != null) {
                locals.put(i, local);
            }
        }
        StringBuilder css = new StringBuilder("<style>.a{animation:").append(num(layout.seconds()))
                .append("s linear infinite").append(layout.spec().cycle() ? "" : " alternate").append('}');
        names.forEach((keyframes, name) -> css.append('.').append(name).append("{animation-name:").append(name)
                .append("}@keyframes ").append(name).append('{').append(keyframes).append('}'));
        css.append("@media (prefers-reduced-motion:reduce){.a{animation:none}.g{display:inline}}</style>");
        StringBuilder svg = new StringBuilder(open(layout)).append(css);
        svg.append(floor(0, WIDTH, p)).append(mat(layout, p));
        write(svg, marks(layout.staticMarks(), false, p), Map.of());
        // The end position, faint, for reduced motion; a close-up shows it again (pale) and the moving figure, by
        // reference (a reference to an animated drawing moves with it).
        boolean inset = layout.spec().closeUp() != null;
        String id = layout.spec().slug();
        Body end = layout.frames().get(endFrame(layout));
        String ending = drawn(moving(layout, end, p), Map.of(), 0, inset ? bodyCount(layout, end, p)
                : moving(layout, end, p).size());
        if (inset) {
            svg.append("<defs><g id=\"e-").append(id).append("\">").append(ending).append("</g></defs>")
                    .append("<use class=\"g\" href=\"#e-").append(id).append("\" display=\"none\" opacity=\".25\"/>");
        } else {
            ending = drawn(hiddenUnder(moving(layout, end, p), first), Map.of());
            svg.append("<g class=\"g\" display=\"none\" opacity=\".25\">").append(ending).append("</g>");
        }
        List<Element> shown = framedFirst(first, locals);
        int sb = inset ? bodyCount(layout, layout.frames().get(0), p) : shown.size();
        svg.append(group(inset ? "s-" + id : null, drawn(shown, classes, 0, sb)))
                .append(drawn(shown, classes, sb, shown.size()));
        write(svg, marks(layout.staticMarks(), true, p), Map.of());
        svg.append(arrow(arrowPath(layout), !layout.spec().cycle(), p.arrow(), 2.5));
        if (inset) {
            svg.append(closeUp(layout, layout.frames().get(0), end, use("e-" + id, " opacity=\".3\""),
                    use("s-" + id, ""), p));
        }
        return svg.append("</svg>").toString();
    }

    /** The shape's own outline if it only moves as a whole in every frame (a limb, the head), else null. */
    private static String rigid(List<List<Element>> frames, int i) {
        Outline o = frames.get(0).get(i).outline();
        if (o == null) {
            return null;
        }
        for (List<Element> f : frames) {
            Outline other = f.get(i).outline();
            if (other == null || !o.sameShape(other)) {
                return null;
            }
        }
        return o.local();
    }

    /**
     * The first frame with each rigid shape written in its own frame, inside a group that puts it where the first
     * frame has it: the animation then only moves and turns it from there (small numbers, and often only one of
     * the two), and without the animation (reduced motion, no CSS) the group alone shows the first frame.
     */
    private static List<Element> framedFirst(List<Element> first, Map<Integer, String> locals) {
        List<Element> out = new ArrayList<>(first);
        locals.forEach((i, local) -> {
            Element e = first.get(i);
            Outline o = e.outline();
            long angle = Math.round(o.svgAngle());
            String wrap = "<g transform=\"translate(" + Mark.n(o.x()) + " " + Mark.n(o.y()) + ")"
                    + (angle % 360 == 0 ? "" : "rotate(" + angle + ")") + "\">";
            out.set(i, new Element(e.group(), e.own(), local, null, wrap));
        });
        return out;
    }

    /**
     * A rigid shape's motion from where its group puts it: a move (in the group's turned frame) and a turn, per key
     * frame; either is left out when it never changes. Angles are unwrapped (each within half a turn of the last)
     * so that CSS turns the short way round.
     */
    private static String transformKeyframes(Layout layout, List<List<Element>> frames, int i) {
        Outline o0 = frames.get(0).get(i).outline();
        double x0 = Double.parseDouble(Mark.n(o0.x()));
        double y0 = Double.parseDouble(Mark.n(o0.y()));
        long a0 = Math.round(o0.svgAngle());
        double r = Math.toRadians(a0);
        List<String> moves = new ArrayList<>();
        List<String> turns = new ArrayList<>();
        double angle = a0;
        for (List<Element> f : frames) {
            Outline o = f.get(i).outline();
            double a = o.svgAngle();
            a += 360 * Math.round((angle - a) / 360);
            angle = a;
            double dx = o.x() - x0;
            double dy = o.y() - y0;
            moves.add(Mark.n(dx * Math.cos(r) + dy * Math.sin(r)) + "px " + Mark.n(-dx * Math.sin(r) + dy * Math.cos(r))
                    + "px");
            turns.add(Math.round(a - a0) + "deg");
        }
        boolean moved = moves.stream().anyMatch(m -> !m.equals("0px 0px"));
        boolean turned = turns.stream().anyMatch(t -> !t.equals("0deg"));
        List<String> values = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            values.add((moved ? "translate:" + moves.get(f) : "") + (moved && turned ? ";" : "")
                    + (turned ? "rotate:" + turns.get(f) : ""));
        }
        return keyframes(layout, values);
    }

    /**
     * Keyframes from one value per frame: a value repeated on both sides is left out, and equal neighbours share
     * one rule ({@code 0%,5%{...}}, the hold at a key).
     */
    private static String keyframes(Layout layout, List<String> values) {
        StringBuilder k = new StringBuilder();
        String open = null;
        StringBuilder stops = new StringBuilder();
        for (int f = 0; f < values.size(); f++) {
            String v = values.get(f);
            boolean last = f == values.size() - 1;
            if (f > 0 && !last && v.equals(values.get(f - 1)) && v.equals(values.get(f + 1))) {
                continue;
            }
            if (v.equals(open)) {
                stops.append(',').append(percent(layout, f)).append('%');
                continue;
            }
            if (open != null) {
                k.append(stops).append('{').append(open).append('}');
            }
            open = v;
            stops = new StringBuilder(percent(layout, f)).append('%');
        }
        return k.append(stops).append('{').append(open).append('}').toString();
    }

    /** A shape that changes form (a band between the hands): its path per key frame. */
    private static String pathKeyframes(Layout layout, List<List<Element>> frames, int i) {
        return keyframes(layout, frames.stream().map(f -> "d:path(\"" + f.get(i).d() + "\")").toList());
    }

    private static String percent(Layout layout, int frame) {
        return String.format(Locale.ROOT, "%.4g", layout.percents().get(frame) * 100).replaceAll("\\.?0+$", "");
    }

    /** Inset radius and magnification of a close-up. */
    static final double INSET_R = 36;
    static final double INSET_ZOOM = 2.5;

    /** Where a figure's close-up inset sits (SVG coordinates, y down), or null when it has none. */
    static Vec insetCentre(Layout layout) {
        Pt pt = layout.spec().closeUp();
        if (pt == null) {
            return null;
        }
        Vec c = layout.frames().get(0).at(pt);
        return new Vec(c.x() < WIDTH / 2.0 ? WIDTH - INSET_R - 3 : INSET_R + 3, INSET_R + 4);
    }

    /**
     * For a small movement, an enlarged round inset of the part that moves: the end position as a pale ghost (where
     * the movement goes), the start over it (animated with the same classes as the figure, so it moves too), the
     * path of the moving point as an arrow, and a small ring on the figure where the inset looks.
     */
    private static String closeUp(Layout layout, Body shown, Body ghost, String ghostDrawing, String shownDrawing,
                                  Palette p) {
        Vec inset = insetCentre(layout);
        if (inset == null) {
            return "";
        }
        Pt pt = layout.spec().closeUp();
        // Looking between where the part starts and where it goes, so both fit.
        Vec c = shown.at(pt).lerp(ghost.at(pt), 0.5);
        double zoom = layout.spec().closeZoom();
        double cx = c.x();
        double cy = Mark.FLOOR_Y - c.y();
        String id = "cu-" + layout.spec().slug();
        String ring = " fill=\"none\" stroke=\"" + p.line() + "\" stroke-width=\"1.5\"/>";
        StringBuilder svg = new StringBuilder();
        double small = INSET_R / zoom;
        Vec toInset = new Vec(inset.x() - cx, inset.y() - cy);
        Vec from = new Vec(cx, cy).plus(toInset.times(small / toInset.length()));
        Vec to = inset.minus(toInset.times(INSET_R / toInset.length()));
        svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(small)).append('"').append(ring);
        svg.append("<path d=\"M").append(num(from.x())).append(' ').append(num(from.y())).append('L')
                .append(num(to.x())).append(' ').append(num(to.y())).append('"').append(ring);
        svg.append("<clipPath id=\"").append(id).append("\"><circle cx=\"").append(num(inset.x()))
                .append("\" cy=\"").append(num(inset.y())).append("\" r=\"").append(num(INSET_R))
                .append("\"/></clipPath>");
        svg.append("<circle cx=\"").append(num(inset.x())).append("\" cy=\"").append(num(inset.y()))
                .append("\" r=\"").append(num(INSET_R)).append("\" fill=\"").append(p.plate()).append("\"/>");
        svg.append("<g clip-path=\"url(#").append(id).append(")\"><g transform=\"translate(")
                .append(num(inset.x())).append(' ').append(num(inset.y())).append(") scale(").append(num(zoom))
                .append(") translate(").append(num(-cx)).append(' ').append(num(-cy)).append(")\">");
        // The props the part rests on (a roller, a ball) too, behind it: the close-up shows what the back is on.
        svg.append(drawn(marks(layout.staticMarks(), false, p), Map.of())).append(ghostDrawing).append(shownDrawing)
                .append(drawn(marks(layout.staticMarks(), true, p), Map.of()));
        List<Vec> path = closeUpPath(layout);
        svg.append(arrow(path, !layout.spec().cycle() && layout.frames().size() > 2, p.arrow(), 1));
        svg.append("</g></g>");
        svg.append("<circle cx=\"").append(num(inset.x())).append("\" cy=\"").append(num(inset.y()))
                .append("\" r=\"").append(num(INSET_R)).append('"').append(ring);
        return svg.toString();
    }

    /** The close-up's arrow: the moving point's path, in figure coordinates (drawn magnified in the inset). */
    static List<Vec> closeUpPath(Layout layout) {
        List<Vec> path = new ArrayList<>();
        for (Body b : pathBodies(layout)) {
            Vec at = b.at(layout.spec().closeMover());
            if (layout.spec().closeMover() == Pt.HEAD) {
                // Over the top of the head, not across the face.
                Vec up = at.minus(b.at(Pt.NECK_TOP));
                at = at.plus(up.times((Bone.HEAD_RADIUS + 3) / up.length()));
            }
            path.add(at);
        }
        return path;
    }

    /** Size of the other side's thumbnail in the print pair's end panel, figure units. */
    static final double OTHER_SIDE = 62;

    /**
     * The second side: the held position mirrored, scaled into a small framed square where it overlaps nothing in
     * the end panel ({@link #otherSideBox}), with a two-headed arrow under it (swap sides).
     */
    private static String otherSide(Layout layout, Palette p, double[] at) {
        double[] b = layout.bounds();
        double w = b[2] - b[0];
        double h = b[3] - b[1];
        double x0 = at[0];
        double y0 = at[1];
        double size = at[2];
        double k = (size - 6) / Math.max(w, h);
        // Mirror: the content's right edge b[2] lands at the box's left, centred in the box.
        double tx = x0 + 3 + (size - 6 - w * k) / 2 + b[2] * k;
        double ty = y0 + 3 + (size - 6 - h * k) / 2 - (Mark.FLOOR_Y - b[3]) * k;
        StringBuilder svg = new StringBuilder();
        svg.append("<path d=\"M").append(num(x0)).append(' ').append(num(y0)).append('h').append(num(size))
                .append('v').append(num(size)).append('h').append(num(-size))
                .append("z\" fill=\"").append(p.plate()).append("\" stroke=\"").append(p.line())
                .append("\" stroke-width=\"1.2\"/>");
        svg.append("<g transform=\"translate(").append(num(tx)).append(' ').append(num(ty)).append(") scale(")
                .append(num(-k)).append(' ').append(num(k)).append(")\">");
        svg.append("<path d=\"M").append(num(b[0])).append(' ').append(num(Mark.FLOOR_Y)).append('H')
                .append(num(b[2])).append("\" stroke=\"").append(p.floor()).append("\" stroke-width=\"3\"/>");
        // The end panel's drawing again, by reference (inside its own transform it is the same figure).
        svg.append("<use xlink:href=\"#pe-").append(layout.spec().slug()).append("\"/>");
        svg.append("</g>");
        double ay = y0 + size + 7;
        double ax = x0 + size / 2;
        svg.append("<path d=\"M").append(num(ax - 12)).append(' ').append(num(ay)).append('h').append(24)
                .append("m-5 -5 5 5-5 5M").append(num(ax - 7)).append(' ').append(num(ay - 5)).append("l-5 5 5 5")
                .append("\" fill=\"none\" stroke=\"").append(p.arrow())
                .append("\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
        return svg.toString();
    }

    /** Bodies along the movement, for the close-up's path (the layout's own motion samples). */
    private static List<Body> pathBodies(Layout layout) {
        List<Pose> keys = new ArrayList<>(layout.spec().keys());
        if (layout.spec().cycle()) {
            keys.add(keys.get(0));
        }
        List<Body> out = new ArrayList<>();
        for (int k = 0; k < keys.size() - 1; k++) {
            for (int s = 0; s < 6; s++) {
                out.add(layout.place(keys.get(k).lerp(keys.get(k + 1), s / 6.0)));
            }
        }
        out.add(layout.place(keys.get(keys.size() - 1)));
        return out;
    }

    /** The frame of the spec's last key pose: shown faint with reduced motion. */
    private static int endFrame(Layout layout) {
        Pose end = layout.spec().end();
        for (int i = 0; i < layout.frames().size(); i++) {
            if (layout.frames().get(i).pose().angles().equals(Skeleton.level(end).angles())) {
                return i;
            }
        }
        return layout.frames().size() / 2;
    }

    /**
     * Start and end side by side, black and white, no motion: for the print sheet. The two panels sit as close as
     * their content allows and the view box is cropped to it (at the fixed print aspect, floor at the bottom), so
     * the figure fills the room the sheet gives it instead of a mostly empty frame.
     */
    private static String print(FigureSpec spec, Set<Area> feel, boolean eachSide) {
        Layout layout = layout(spec, Mode.PRINT, feel);
        Palette p = Palette.PRINT;
        // Placed once: the search for the thumbnail's place is most of a print figure's time.
        double[] other = eachSide ? otherSideBox(layout) : null;
        double[] box = printContent(layout, other);
        double offset = box[2] - box[0] + 2 * PRINT_GAP;
        double[] view = printView(box);
        double x = view[0];
        double y = view[1];
        double w = view[2];
        double h = view[3];
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(num(x)).append(' ').append(num(y)).append(' ').append(num(w)).append(' ').append(num(h))
                .append("\" width=\"").append(PRINT_WIDTH).append("\" height=\"").append(PRINT_HEIGHT).append('"')
                // xlink:href, not href: the PDF's SVG renderer reads only the older form.
                .append(eachSide || layout.spec().closeUp() != null ? " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" : "")
                .append('>');
        String id = layout.spec().slug();
        for (int f = 0; f < 2; f++) {
            svg.append("<g").append(f == 0 ? "" : " transform=\"translate(" + num(offset) + ")\"").append('>');
            svg.append(floor(box[0] - 4, box[2] + 4, p)).append(mat(layout, p));
            StringBuilder figure = new StringBuilder();
            write(figure, marks(layout.staticMarks(), false, p), Map.of());
            List<Element> moving = moving(layout, layout.frames().get(f), p);
            if (f == 0 && layout.spec().closeUp() != null) {
                int sb = bodyCount(layout, layout.frames().get(0), p);
                figure.append(group("ps-" + id, drawn(moving, Map.of(), 0, sb)))
                        .append(drawn(moving, Map.of(), sb, moving.size()));
            } else {
                figure.append(drawn(moving, Map.of()));
            }
            write(figure, marks(layout.staticMarks(), true, p), Map.of());
            svg.append(group(f == 1 && eachSide ? "pe-" + id : null, figure.toString()));
            if (f == 0) {
                // A small movement's close-up sits on the start: the pale shape in it is where the movement goes.
                List<Element> ghost = moving(layout, layout.frames().get(1), p.ghost());
                svg.append(closeUp(layout, layout.frames().get(0), layout.frames().get(1),
                        drawn(ghost, Map.of(), 0, bodyCount(layout, layout.frames().get(1), p)),
                        "<use xlink:href=\"#ps-" + id + "\"/>", p));
            } else {
                // The end figure says how it got there.
                svg.append(arrow(arrowPath(layout), false, p.arrow(), 2.5));
                if (eachSide) {
                    svg.append(otherSide(layout, p, other));
                }
            }
            svg.append("</g>");
        }
        double mid = box[2] + PRINT_GAP;
        double my = (box[1] + Mark.FLOOR_Y) / 2;
        svg.append("<path d=\"M").append(num(mid - 8)).append(' ').append(num(my))
                .append("h16m-6-6 6 6-6 6\" fill=\"none\" stroke=\"#000\" ")
                .append("stroke-width=\"2.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
        return svg.append("</svg>").toString();
    }

    /** [minX, minY, maxX, maxY] in SVG coordinates (y down) of everything one print panel draws. */
    static double[] printContent(Layout layout, boolean eachSide) {
        return printContent(layout, eachSide ? otherSideBox(layout) : null);
    }

    private static double[] printContent(Layout layout, double[] other) {
        double[] b = layout.bounds();
        double[] box = {b[0], Mark.FLOOR_Y - b[3], b[2], Mark.FLOOR_Y - b[1]};
        for (Vec v : arrowPath(layout)) {
            box[0] = Math.min(box[0], v.x() - 6);
            box[1] = Math.min(box[1], Mark.FLOOR_Y - v.y() - 6);
            box[2] = Math.max(box[2], v.x() + 6);
        }
        Vec inset = insetCentre(layout);
        if (inset != null) {
            box[0] = Math.min(box[0], inset.x() - INSET_R - 1);
            box[1] = Math.min(box[1], inset.y() - INSET_R - 1);
            box[2] = Math.max(box[2], inset.x() + INSET_R + 1);
        }
        if (other != null) {
            box[0] = Math.min(box[0], other[0] - 1);
            box[1] = Math.min(box[1], other[1] - 1);
            box[2] = Math.max(box[2], other[0] + other[2] + 1);
        }
        return box;
    }

    /** The print view box [x, y, w, h] round a panel's content box: both panels, at the print aspect. */
    private static double[] printView(double[] box) {
        double cw = box[2] - box[0];
        double offset = cw + 2 * PRINT_GAP;
        double x = box[0] - 6;
        double w = offset + cw + 12;
        double y = box[1] - 4;
        double h = Mark.FLOOR_Y + 7 - y;
        double aspect = PRINT_WIDTH / (double) PRINT_HEIGHT;
        if (w / h > aspect) {
            y -= w / aspect - h;
            h = w / aspect;
        } else {
            x -= (h * aspect - w) / 2;
            w = h * aspect;
        }
        return new double[] {x, y, w, h};
    }

    /** The thumbnail's side: about half the content's height, so a lying figure's pair is not made taller by it. */
    private static double otherSideSize(Layout layout) {
        double[] b = layout.bounds();
        return Math.max(34, Math.min(OTHER_SIDE, (b[3] - b[1]) * 0.55));
    }

    /** The swap arrow's room under the thumbnail. */
    static final double SWAP = 12;

    /**
     * Where the other side's thumbnail goes in the end panel: {x, y (its top, SVG coordinates), side}. Anywhere it
     * touches nothing the panel draws (body, props, arrow; its swap arrow under it included), it being part of the
     * content, the place that leaves the figure largest on paper; among those, the nearest to the upper corner
     * away from the head (where a standing figure has room).
     */
    static double[] otherSideBox(Layout layout) {
        double size = otherSideSize(layout);
        double[] base = printContent(layout, false);
        Body end = layout.frames().get(layout.frames().size() - 1);
        double[] b = layout.bounds();
        double preferX = end.head().x() > (b[0] + b[2]) / 2 ? b[0] - size / 2 : b[2] - size / 2;
        double[] best = null;
        double bestHeight = Double.MAX_VALUE;
        double bestDistance = Double.MAX_VALUE;
        List<Mark> marks = new ArrayList<>(layout.staticMarks());
        marks.addAll(layout.followingMarks(end));
        // The discs to keep clear of, sampled once: the search below tries some thousand places.
        double[] discs = discs(end, arrowPath(layout));
        for (double y0 = base[1] - size - SWAP - 4; y0 <= Mark.FLOOR_Y - size - SWAP - 3; y0 += 2) {
            for (double x0 = base[0] - size - 4; x0 <= base[2] + 4; x0 += 2) {
                if (!clear(discs, marks, x0 - 2, y0 - 2, x0 + size + 2, y0 + size + SWAP + 2)) {
                    continue;
                }
                double[] box = {Math.min(base[0], x0 - 1), Math.min(base[1], y0 - 1), Math.max(base[2], x0 + size + 1),
                        base[3]};
                double height = printView(box)[3];
                double distance = Math.hypot(x0 - preferX, y0 - base[1]);
                if (height < bestHeight - 0.5 || height < bestHeight + 0.5 && distance < bestDistance) {
                    best = new double[] {x0, y0, size};
                    bestHeight = Math.min(bestHeight, height);
                    bestDistance = distance;
                }
            }
        }
        // Above everything there is always room.
        return best != null ? best : new double[] {base[0], base[1] - size - SWAP - 6, size};
    }

    /**
     * The body (each segment at eleven points, with its width there), the head and the arrow (five points a leg) as
     * discs: x, y (SVG coordinates) and radius, three numbers each.
     */
    private static double[] discs(Body body, List<Vec> arrow) {
        List<double[]> out = new ArrayList<>();
        for (Body.Segment s : body.segments()) {
            for (int i = 0; i <= 10; i++) {
                double t = i / 10.0;
                out.add(disc(s.from().lerp(s.to(), t), (s.width() + (s.endWidth() - s.width()) * t) / 2));
            }
        }
        out.add(disc(body.head(), Bone.HEAD_RADIUS + 2));
        for (int i = 0; i < arrow.size(); i++) {
            Vec a = arrow.get(i);
            Vec next = i + 1 < arrow.size() ? arrow.get(i + 1) : a;
            for (int k = 0; k <= 4; k++) {
                out.add(disc(a.lerp(next, k / 4.0), 6));
            }
        }
        double[] flat = new double[out.size() * 3];
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(out.get(i), 0, flat, 3 * i, 3);
        }
        return flat;
    }

    private static double[] disc(Vec p, double r) {
        return new double[] {p.x(), Mark.FLOOR_Y - p.y(), r};
    }

    /** Whether the rectangle (SVG coordinates) keeps clear of the discs and the props' boxes. */
    private static boolean clear(double[] discs, List<Mark> marks, double x0, double y0, double x1, double y1) {
        for (int i = 0; i < discs.length; i += 3) {
            double dx = Math.max(0, Math.max(x0 - discs[i], discs[i] - x1));
            double dy = Math.max(0, Math.max(y0 - discs[i + 1], discs[i + 1] - y1));
            double r = discs[i + 2];
            if (dx * dx + dy * dy < r * r) {
                return false;
            }
        }
        for (Mark m : marks) {
            if (m.maxX() > x0 && m.minX() < x1 && Mark.FLOOR_Y - m.minY() > y0 && Mark.FLOOR_Y - m.maxY() < y1) {
                return false;
            }
        }
        return true;
    }
}
