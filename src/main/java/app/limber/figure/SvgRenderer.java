package app.limber.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private static final String NEAR = "#24434b";
    private static final String FAR = "#9fb6b3";
    private static final String PROP_FILL = "#efe9df";
    private static final String PROP_LINE = "#9c8f7d";
    private static final String BAND = "#c2410c";
    private static final String FLOOR = "#aab7b3";

    private SvgRenderer() {
    }

    /** The placed bodies of every frame the mode draws, with the props fitted, in final figure coordinates. */
    public record Layout(FigureSpec spec, List<Body> frames, List<Double> percents, Body fit, double seconds) {

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

    static boolean follows(Prop p) {
        return p instanceof Prop.Band || p instanceof Prop.Straps || p instanceof Prop.Towel;
    }

    /** The frames a mode draws: every animation sample, or start and end. */
    public static Layout layout(FigureSpec spec, Mode mode) {
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
        Layout first = new Layout(spec, bodies, percents, fit, seconds);
        double[] b = first.bounds();
        Vec centre = new Vec(WIDTH / 2.0 - (b[0] + b[2]) / 2, 0);
        return new Layout(spec, bodies.stream().map(x -> x.moved(centre)).toList(), percents, fit.moved(centre),
                seconds);
    }

    /**
     * Key poses with a short hold, then eased samples between them. Ping-pong for two or more keys unless the spec
     * cycles. Returns the loop's length in seconds.
     */
    private static double timeline(FigureSpec spec, List<Pose> poses, List<Double> percents) {
        List<Pose> keys = new ArrayList<>(spec.keys());
        if (!spec.cycle()) {
            for (int i = spec.keys().size() - 2; i >= 0; i--) {
                keys.add(spec.keys().get(i));
            }
        } else {
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
                t += hold;
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
        poses.add(keys.get(keys.size() - 1));
        percents.add(1.0);
        return total;
    }

    public static String render(FigureSpec spec, Mode mode) {
        Layout layout = layout(spec, mode);
        return switch (mode) {
            case ANIMATED -> animated(layout);
            case HELD -> held(layout);
            case PRINT -> print(spec);
        };
    }

    private record Element(String group, String own, String d) {
    }

    private record Palette(String near, String far, String fill, String line, String band, String floor) {
        static final Palette SCREEN = new Palette(NEAR, FAR, PROP_FILL, PROP_LINE, BAND, FLOOR);
        static final Palette PRINT = new Palette("#000", "#8a8a8a", "#fff", "#000", "#000", "#000");

        String group(Body.Layer layer) {
            return "fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\" stroke=\""
                    + (layer == Body.Layer.FAR ? far : near) + "\"";
        }

        String group(Mark.Kind kind) {
            return switch (kind) {
                case SOLID -> "fill=\"" + fill + "\" stroke=\"" + line + "\" stroke-width=\"2\" stroke-linejoin=\"round\"";
                case LINE -> "fill=\"none\" stroke=\"" + line + "\" stroke-width=\"3\"";
                case BAND -> "fill=\"none\" stroke=\"" + band + "\" stroke-width=\"2.5\" stroke-linecap=\"round\"";
            };
        }
    }

    /** The figure as paths in drawing order: far limbs, trunk and head, near limbs. Joined where limbs chain. */
    private static List<Element> body(Body b, Palette palette) {
        List<Element> out = new ArrayList<>();
        for (Body.Layer layer : Body.Layer.values()) {
            List<Body.Segment> chain = new ArrayList<>();
            for (Body.Segment s : b.segments()) {
                if (s.layer() != layer) {
                    continue;
                }
                if (!chain.isEmpty()) {
                    Body.Segment last = chain.get(chain.size() - 1);
                    if (last.width() != s.width() || last.to().distance(s.from()) > 1e-6) {
                        out.add(chainElement(chain, palette));
                        chain.clear();
                    }
                }
                chain.add(s);
            }
            if (!chain.isEmpty()) {
                out.add(chainElement(chain, palette));
            }
            if (layer == Body.Layer.TRUNK) {
                Vec h = b.head();
                out.add(new Element(palette.group(layer), width(2 * Bone.HEAD_RADIUS),
                        "M" + Mark.x(h.x()) + " " + Mark.y(h.y()) + "h0"));
            }
        }
        return out;
    }

    private static Element chainElement(List<Body.Segment> chain, Palette palette) {
        StringBuilder d = new StringBuilder();
        Vec start = chain.get(0).from();
        d.append('M').append(Mark.x(start.x())).append(' ').append(Mark.y(start.y()));
        for (Body.Segment s : chain) {
            d.append('L').append(Mark.x(s.to().x())).append(' ').append(Mark.y(s.to().y()));
        }
        return new Element(palette.group(chain.get(0).layer()), width(chain.get(0).width()), d.toString());
    }

    private static String width(double w) {
        return "stroke-width=\"" + num(w) + "\"";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
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
        out.addAll(marks(layout.followingMarks(frame), true, palette));
        return out;
    }

    private static String open(int width) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + HEIGHT + "\" width=\""
                + width + "\" height=\"" + HEIGHT + "\">";
    }

    private static String floor(double from, double to, Palette palette) {
        return "<path d=\"M" + num(from) + " " + num(Mark.FLOOR_Y) + "H" + num(to) + "\" stroke=\"" + palette.floor()
                + "\" stroke-width=\"2\"/>";
    }

    private static void write(StringBuilder svg, List<Element> elements, Map<Integer, String> classes) {
        String group = null;
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (!e.group().equals(group)) {
                if (group != null) {
                    svg.append("</g>");
                }
                svg.append("<g ").append(e.group()).append('>');
                group = e.group();
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
        }
        if (group != null) {
            svg.append("</g>");
        }
    }

    private static String held(Layout layout) {
        Palette p = Palette.SCREEN;
        StringBuilder svg = new StringBuilder(open(WIDTH));
        svg.append(floor(0, WIDTH, p));
        write(svg, marks(layout.staticMarks(), false, p), Map.of());
        svg.append("<g opacity=\".25\">");
        write(svg, moving(layout, layout.frames().get(0), p), Map.of());
        svg.append("</g>");
        write(svg, moving(layout, layout.frames().get(1), p), Map.of());
        write(svg, marks(layout.staticMarks(), true, p), Map.of());
        return svg.append("</svg>").toString();
    }

    private static String animated(Layout layout) {
        Palette p = Palette.SCREEN;
        List<List<Element>> frames = layout.frames().stream().map(f -> moving(layout, f, p)).toList();
        List<Element> first = frames.get(0);
        Map<Integer, String> classes = new LinkedHashMap<>();
        StringBuilder css = new StringBuilder("<style>.a{animation:").append(num(layout.seconds()))
                .append("s linear infinite}");
        for (int i = 0; i < first.size(); i++) {
            int index = i;
            if (frames.stream().allMatch(f -> f.get(index).d().equals(first.get(index).d()))) {
                continue;
            }
            String name = "k" + classes.size();
            classes.put(i, "a " + name);
            css.append('.').append(name).append("{animation-name:").append(name).append("}@keyframes ")
                    .append(name).append('{');
            String previous = null;
            for (int f = 0; f < frames.size(); f++) {
                String d = frames.get(f).get(i).d();
                boolean last = f == frames.size() - 1;
                boolean nextSame = !last && frames.get(f + 1).get(i).d().equals(d);
                if (d.equals(previous) && !last && nextSame) {
                    continue;
                }
                css.append(String.format(Locale.ROOT, "%.4g", layout.percents().get(f) * 100).replaceAll("\\.?0+$", ""))
                        .append("%{d:path(\"").append(d).append("\")}");
                previous = d;
            }
            css.append('}');
        }
        css.append("@media (prefers-reduced-motion:reduce){.a{animation:none}.g{display:inline}}</style>");
        StringBuilder svg = new StringBuilder(open(WIDTH)).append(css);
        svg.append(floor(0, WIDTH, p));
        write(svg, marks(layout.staticMarks(), false, p), Map.of());
        svg.append("<g class=\"g\" display=\"none\" opacity=\".25\">");
        Body end = layout.frames().get(endFrame(layout));
        write(svg, moving(layout, end, p), Map.of());
        svg.append("</g>");
        write(svg, first, classes);
        write(svg, marks(layout.staticMarks(), true, p), Map.of());
        return svg.append("</svg>").toString();
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

    /** Start and end side by side, black and white, no motion: for the print sheet. */
    private static String print(FigureSpec spec) {
        Layout layout = layout(spec, Mode.PRINT);
        Palette p = Palette.PRINT;
        StringBuilder svg = new StringBuilder(open(PRINT_WIDTH));
        for (int f = 0; f < 2; f++) {
            int offset = f * (WIDTH + PRINT_GAP);
            svg.append("<g").append(offset == 0 ? "" : " transform=\"translate(" + offset + ")\"").append('>');
            svg.append(floor(6, WIDTH - 6, p));
            write(svg, marks(layout.staticMarks(), false, p), Map.of());
            write(svg, moving(layout, layout.frames().get(f), p), Map.of());
            write(svg, marks(layout.staticMarks(), true, p), Map.of());
            svg.append("</g>");
        }
        int mid = WIDTH + PRINT_GAP / 2;
        svg.append("<path d=\"M").append(mid - 8).append(" 115h16m-6-6 6 6-6 6\" fill=\"none\" stroke=\"#000\" ")
                .append("stroke-width=\"2.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
        return svg.append("</svg>").toString();
    }
}
