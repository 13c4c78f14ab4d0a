package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.figure.Poses;
import app.limber.figure.SvgRenderer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Figures painted once and copied into later sheets print exactly as Batik draws them on every sheet: same place,
 * same size, same drawing. Plain JUnit: the figures come straight from the renderer.
 */
class PaintedFiguresTest {

    private static final List<String> SLUGS = List.of("cat-cow", "childs-pose", "doorway-chest-stretch",
            "shoulder-rolls", "thoracic-extension-foam-roller");

    private final PaintedFigures painted = new PaintedFigures();
    private final PdfMaker maker = new PdfMaker(painted);

    @Test
    void a_reused_figure_prints_the_same_pixels_in_the_same_place_as_batik_drawing_it_afresh() {
        byte[] batik = maker.render(page(false), "about:blank");
        byte[] first = maker.render(page(true), "about:blank");
        byte[] again = maker.render(page(true), "about:blank");

        assertThat(painted.size()).as("one form per figure and size").isEqualTo(2L * SLUGS.size());
        BufferedImage expected = Pdfs.firstPage(batik, 150);
        assertThat(differentPixels(Pdfs.firstPage(first, 150), expected)).isZero();
        assertThat(differentPixels(Pdfs.firstPage(again, 150), expected)).isZero();
    }

    @Test
    void a_figure_not_marked_as_the_same_on_every_sheet_is_drawn_afresh() {
        maker.render(page(false), "about:blank");

        assertThat(painted.size()).isZero();
    }

    @Test
    void a_figure_batik_cannot_paint_leaves_its_box_empty_and_the_sheet_still_prints() {
        String broken = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><path d=\"M 0 0 L x y\"/></svg>";
        byte[] pdf = maker.render(page(true).replace("<p>cat-cow</p>",
                "<p>broken</p><div class=\"fig\" " + ReusedSvgDrawer.SAME_ON_EVERY_SHEET + "=\"\">" + broken + "</div><p>cat-cow</p>"),
                "about:blank");

        assertThat(Pdfs.text(pdf)).contains("broken", "cat-cow");
        assertThat(painted.size()).as("the others are kept").isEqualTo(2L * SLUGS.size());
    }

    /**
     * Batik styles a drawing with the page's rules that reach inside it, and the painted forms are keyed without
     * them: the sheet's stylesheet may size a figure's svg, nothing within it.
     */
    @Test
    void the_sheet_stylesheet_never_reaches_inside_a_figure() throws java.io.IOException {
        String css = new String(getClass().getClassLoader().getResourceAsStream("static/css/sheet.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        java.util.List<String> inside = new java.util.ArrayList<>();
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("([^{}]+)\\{").matcher(css);
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                String s = selector.trim();
                if (s.startsWith("@")) {
                    continue;
                }
                if (s.matches("(?s).*\\bsvg\\b\\s*[>+~ ]\\s*\\S.*") || s.matches("(?s)(.*[\\s>+~])?(\\*|path|g|use|circle|"
                        + "ellipse|line|polygon|polyline|rect|text|tspan|defs|symbol)([\\s.:#\\[>+~].*)?")) {
                    inside.add(s);
                }
            }
        }
        assertThat(inside).isEmpty();
    }

    /** Each figure at the sheet's two sizes, with text between them so a misplaced figure would cover it. */
    private static String page(boolean reuse) {
        StringBuilder body = new StringBuilder();
        for (String slug : SLUGS) {
            String svg = SvgRenderer.render(Poses.all().get(slug), SvgRenderer.Mode.PRINT, Set.of());
            String mark = reuse ? " " + ReusedSvgDrawer.SAME_ON_EVERY_SHEET + "=\"\"" : "";
            body.append("<p>").append(slug).append("</p><div class=\"fig\"").append(mark).append('>').append(svg)
                    .append("</div><div class=\"fig small\"").append(mark).append('>').append(svg).append("</div>");
        }
        return """
                <html><head><style>
                @page { size: A4; margin: 10mm; }
                body { font-family: 'DejaVu Sans'; font-size: 8pt; }
                .fig { display: inline-block; margin-left: 3.3mm; }
                .fig svg { display: block; width: 45mm; height: 25.7mm; }
                .small svg { width: 24mm; height: 10.9mm; }
                </style></head><body>""" + body + "</body></html>";
    }

    private static long differentPixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        long different = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                different += actual.getRGB(x, y) == expected.getRGB(x, y) ? 0 : 1;
            }
        }
        return different;
    }
}
