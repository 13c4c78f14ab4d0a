package app.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void is_well_formed_svg_with_a_view_box(FigureSpec spec) throws Exception {
        for (SvgRenderer.Mode mode : SvgRenderer.Mode.values()) {
            Document doc = parse(SvgRenderer.render(spec, mode));
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(doc.getDocumentElement().getAttribute("viewBox")).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void stays_light(FigureSpec spec) {
        assertThat(SvgRenderer.render(spec, SvgRenderer.Mode.ANIMATED).length()).as(spec.slug()).isLessThan(9000);
        assertThat(SvgRenderer.render(spec, SvgRenderer.Mode.HELD).length()).as(spec.slug()).isLessThan(3000);
        assertThat(SvgRenderer.render(spec, SvgRenderer.Mode.PRINT).length()).as(spec.slug()).isLessThan(4000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void animation_loops_and_stops_for_reduced_motion(FigureSpec spec) {
        String svg = SvgRenderer.render(spec, SvgRenderer.Mode.ANIMATED);
        assertThat(svg).contains("@keyframes k0{0%{d:path(\"").contains("infinite")
                .contains("@media (prefers-reduced-motion:reduce){.a{animation:none}");
        assertThat(svg).doesNotContain("<script", "<animate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void held_figure_shows_the_start_faint_behind(FigureSpec spec) {
        String svg = SvgRenderer.render(spec, SvgRenderer.Mode.HELD);
        assertThat(svg).contains("<g opacity=\".25\">").doesNotContain("@keyframes", "<style");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void print_pair_is_still_black_and_white(FigureSpec spec) {
        String svg = SvgRenderer.render(spec, SvgRenderer.Mode.PRINT);
        assertThat(svg).doesNotContain("<style", "animation", "opacity");
        Matcher colour = Pattern.compile("#[0-9a-fA-F]{3,6}").matcher(svg);
        while (colour.find()) {
            assertThat(colour.group()).as(spec.slug()).isIn("#000", "#fff", "#8a8a8a");
        }
    }
}
