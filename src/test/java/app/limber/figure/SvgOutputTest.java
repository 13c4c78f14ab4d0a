package app.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every figure in every mode is a small, well-formed SVG document. */
class SvgOutputTest {

    static Stream<FigureSpec> specs() {
        return Poses.all().values().stream();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every element of the document, in document order. */
    private static List<Element> elements(Document doc) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    private static List<Attr> attributes(Element element) {
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            attributes.add((Attr) element.getAttributes().item(i));
        }
        return attributes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void a_screen_figure_is_cropped_to_its_body_with_a_small_margin_above(FigureSpec spec) throws Exception {
        for (SvgRenderer.Mode mode : List.of(SvgRenderer.Mode.ANIMATED, SvgRenderer.Mode.HELD)) {
            Element svg = parse(SvgRenderer.render(spec, mode)).getDocumentElement();
            double top = Double.parseDouble(svg.getAttribute("viewBox").strip().split("[\\s,]+")[1]);
            SvgRenderer.Layout layout = SvgRenderer.layout(spec, mode);
            double bodyTop = Mark.FLOOR_Y - layout.bounds()[3];
            assertThat(top).as("%s %s: nothing cropped", spec.slug(), mode).isLessThan(bodyTop);
            boolean above = spec.closeUp() != null
                    || SvgRenderer.arrowPath(layout).stream().anyMatch(v -> Mark.FLOOR_Y - v.y() - 5 < bodyTop);
            if (!above && Mark.FLOOR_Y - bodyTop > 100) {
                // Nothing above the body: the same small margin over every figure, however low it lies.
                assertThat(bodyTop - top).as("%s %s: margin above the body", spec.slug(), mode).isLessThan(12);
            }
        }
        // A figure on the floor gets a low, wide frame, not a tall empty one.
        String svg = SvgRenderer.render(Poses.find("posture-reset").orElseThrow(), SvgRenderer.Mode.HELD);
        assertThat(Double.parseDouble(svg.substring(svg.indexOf("height=\"") + 8, svg.indexOf('"',
                svg.indexOf("height=\"") + 8)))).as("posture reset's height").isLessThan(140);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void is_well_formed_svg_whose_view_box_is_its_size(FigureSpec spec) throws Exception {
        double screenWidth = 0;
        for (SvgRenderer.Mode mode : SvgRenderer.Mode.values()) {
            Element svg = parse(SvgRenderer.render(spec, mode)).getDocumentElement();
            assertThat(svg.getLocalName()).isEqualTo("svg");
            assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            // Screen: a box from the origin as wide and high as the figure says it is, so it scales without
            // cropping. Print: cropped to its content, at the same aspect as its size (never stretched).
            double[] box = Arrays.stream(svg.getAttribute("viewBox").strip().split("[\\s,]+"))
                    .mapToDouble(Double::parseDouble).toArray();
            double width = Double.parseDouble(svg.getAttribute("width"));
            double height = Double.parseDouble(svg.getAttribute("height"));
            if (mode == SvgRenderer.Mode.PRINT) {
                assertThat(box[2] / box[3]).as("%s print aspect", spec.slug())
                        .isCloseTo(width / height, org.assertj.core.data.Offset.offset(0.02));
                assertThat(box[3]).as("%s print crop", spec.slug()).isLessThanOrEqualTo(height + 1);
            } else {
                // Screen: the full width, cropped from above to the content, at its own size (never stretched).
                double[] fit = SvgRenderer.screenBox(SvgRenderer.layout(spec, mode));
                assertThat(box).as("%s %s viewBox", spec.slug(), mode)
                        .containsExactly(0, SvgRenderer.HEIGHT - fit[3], width, height);
                assertThat(height).as("%s %s height", spec.slug(), mode).isEqualTo(fit[3])
                        .isLessThanOrEqualTo(SvgRenderer.HEIGHT);
                assertThat(box[1] + box[3]).as("%s %s floor in view", spec.slug(), mode).isEqualTo(SvgRenderer.HEIGHT);
            }
            assertThat(width).as("%s %s width", spec.slug(), mode).isGreaterThanOrEqualTo(100);
            assertThat(height).as("%s %s height", spec.slug(), mode).isGreaterThanOrEqualTo(100);
            if (mode == SvgRenderer.Mode.ANIMATED) {
                screenWidth = width;
            } else if (mode == SvgRenderer.Mode.PRINT) {
                // The start and the end side by side.
                assertThat(width).as("%s print width", spec.slug()).isGreaterThan(2 * screenWidth);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void stays_light(FigureSpec spec) {
        // Bodies with volume are filled outlines (about twice a stick figure's bytes); an animation writes each
        // rigid shape once and moves it by a transform per key frame, and a close-up or the other side's thumbnail
        // refers to a drawing instead of repeating it.
        assertThat(SvgRenderer.render(spec, SvgRenderer.Mode.ANIMATED).length()).as(spec.slug()).isLessThan(14000);
        assertThat(SvgRenderer.render(spec, SvgRenderer.Mode.HELD).length()).as(spec.slug()).isLessThan(6000);
        assertThat(SvgRenderer.render(spec, SvgRenderer.Mode.PRINT).length()).as(spec.slug()).isLessThan(7000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void animation_loops_and_stops_for_reduced_motion(FigureSpec spec) {
        String svg = SvgRenderer.render(spec, SvgRenderer.Mode.ANIMATED);
        assertThat(svg).contains("@keyframes k0{0%").contains("infinite")
                .contains("@media (prefers-reduced-motion:reduce){.a{animation:none}");
        assertThat(svg).doesNotContain("<script", "<animate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void limbs_move_by_turning_not_by_repeating_their_outline(FigureSpec spec) {
        String svg = SvgRenderer.render(spec, SvgRenderer.Mode.ANIMATED);
        // Every limb is rigid: its outline is written once and moved. Only what changes form repeats its path per
        // key frame: a band, strap or towel, and a front view's shoulder line (it narrows as the trunk turns).
        long reshaped = svg.split("d:path\\(", -1).length - 1;
        long changing = spec.props().stream().filter(SvgRenderer::follows).count()
                + (spec.view() == View.FRONT ? 1 : 0) + 2 * swinging(spec, Joint.ARM_OUT_A) + 2 * swinging(spec, Joint.ARM_OUT_B);
        assertThat(svg).as(spec.slug()).containsPattern("(translate:-?\\d+px|rotate:-?\\d+deg)");
        assertThat(reshaped).as("%s: outlines repeated per key frame", spec.slug()).isLessThanOrEqualTo(changing * 12);
    }

    /** 1 when an arm swings out of the picture during the movement (its drawn length changes), else 0. */
    private static long swinging(FigureSpec spec, Joint out) {
        return spec.keys().stream().map(k -> k.get(out)).distinct().count() > 1 ? 1 : 0;
    }

    private static boolean inside(Element element, Element group) {
        for (var node = element.getParentNode(); node != null; node = node.getParentNode()) {
            if (node == group) {
                return true;
            }
        }
        return false;
    }

    /** The elements of a still figure (held or print), which has nothing that moves and no style sheet. */
    private static List<Element> stillElements(FigureSpec spec, SvgRenderer.Mode mode) throws Exception {
        List<Element> elements = elements(parse(SvgRenderer.render(spec, mode)));
        assertThat(elements).extracting(Element::getLocalName).as(spec.slug())
                .doesNotContain("style", "animate", "animateTransform", "animateMotion", "set");
        return elements;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void held_figure_shows_the_start_faint_behind_the_hold(FigureSpec spec) throws Exception {
        List<Element> elements = stillElements(spec, SvgRenderer.Mode.HELD);
        List<Element> faint = elements.stream().filter(e -> e.getAttribute("opacity").equals(".25")).toList();
        assertThat(faint).as("%s: one faint group", spec.slug()).hasSize(1);
        Element start = faint.get(0);
        long startPaths = elements.stream().filter(e -> e.getLocalName().equals("path") && inside(e, start)).count();
        assertThat(startPaths).as("%s: the start drawn faint", spec.slug()).isPositive();
        // Behind: the hold itself is drawn after the faint start, at full opacity, with at least as much to draw.
        long heldPaths = elements.subList(elements.indexOf(start) + 1, elements.size()).stream()
                .filter(e -> e.getLocalName().equals("path") && !inside(e, start)).count();
        assertThat(heldPaths).as("%s: the hold drawn over it", spec.slug()).isGreaterThanOrEqualTo(startPaths);
    }

    /** Attributes that paint; a print figure uses black, white and two greys (trunk, far limbs), or none. */
    private static final Set<String> PAINT = Set.of("fill", "stroke", "color", "stop-color", "flood-color",
            "lighting-color");

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void print_pair_is_still_black_and_white(FigureSpec spec) throws Exception {
        // Nothing that moves or fades, and no styling that could paint in another colour.
        List<Element> elements = stillElements(spec, SvgRenderer.Mode.PRINT);
        List<String> paints = new ArrayList<>();
        for (Element element : elements) {
            for (Attr attribute : attributes(element)) {
                String name = attribute.getName();
                assertThat(name).as("%s <%s>", spec.slug(), element.getLocalName())
                        .isNotIn("style", "class", "opacity", "fill-opacity", "stroke-opacity");
                if (PAINT.contains(name)) {
                    paints.add(attribute.getValue());
                }
            }
        }
        assertThat(paints).as(spec.slug()).isNotEmpty()
                .allSatisfy(paint -> assertThat(paint).as(spec.slug()).isIn("#000", "#4d4d4d", "#fff", "#8a8a8a", "none"));
    }
}
