package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The site's two palettes, read from limber.css as a browser reads it: every text colour on its background meets
 * WCAG AA (4.5:1 for text, 3:1 for UI borders, focus rings and chart marks), in the light palette and in the dark
 * one, and the figures (SVG images in their own light colours, drawn through a filter in the dark palette) keep
 * their main lines at 3:1 on their plate. The pairs are the ones the stylesheet puts together; a new pairing of
 * colours belongs here too.
 */
class StylesheetContrastTest {

    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(");
    /** The filter the dark palette draws figures through, the one {@link #figureFilter} computes. */
    static final String FIGURE_FILTER = "invert(1) hue-rotate(180deg)";

    static CssSheet sheet;
    static CssSheet darkSheet;
    static Map<String, String> light;
    static Map<String, String> dark;

    @BeforeAll
    static void read() throws IOException {
        sheet = CssSheet.parse(Files.readString(Path.of("src/main/resources/static/css/limber.css")));
        darkSheet = CssSheet.parse(Files.readString(Path.of("src/main/resources/static/css/dark.css")));
        light = properties(sheet, ":root");
        dark = new LinkedHashMap<>(light);
        dark.putAll(properties(darkSheet, ":root"));
    }

    /** The custom properties declared by the rule with this selector (as {@link CssSheet#selectors()} names it). */
    static Map<String, String> properties(CssSheet sheet, String selector) {
        List<String> selectors = sheet.selectors();
        int index = selectors.indexOf(selector);
        assertThat(index).as("a rule " + selector).isNotNegative();
        Map<String, String> properties = new LinkedHashMap<>();
        for (CssSheet.Declaration d : sheet.rules.get(index).declarations()) {
            if (d.property().startsWith("--")) {
                properties.put(d.property(), d.value());
            }
        }
        return properties;
    }

    @Nested
    class Palettes {

        /** The dark palette is one rule, which only the link's media turns on or off (see LookWebTest). */
        @Test
        void the_dark_stylesheet_is_the_palette_alone() {
            assertThat(darkSheet.selectors()).containsExactly(":root");
        }

        @Test
        void the_dark_palette_gives_every_colour_of_the_light_one_a_value_of_its_own() {
            List<String> colours = light.entrySet().stream()
                    .filter(e -> COLOUR.matcher(e.getValue()).find()).map(Map.Entry::getKey).toList();
            assertThat(colours).hasSizeGreaterThan(15);
            assertThat(properties(darkSheet, ":root").keySet()).containsAll(colours);
        }

        /** Every colour on screen comes from a palette: a colour written into a rule would stay light in the dark. */
        @Test
        void rules_outside_the_palettes_and_print_name_no_colour() {
            List<String> literal = new ArrayList<>();
            List<String> selectors = sheet.selectors();
            for (int i = 0; i < sheet.rules.size(); i++) {
                CssSheet.Rule rule = sheet.rules.get(i);
                String selector = selectors.get(i);
                if (selector.equals(":root") || rule.within().contains("@media print")) {
                    continue;
                }
                for (CssSheet.Declaration d : rule.declarations()) {
                    if (COLOUR.matcher(d.value()).find()) {
                        literal.add("line " + d.line() + ": " + selector + " { " + d.property() + ": " + d.value() + " }");
                    }
                }
            }
            assertThat(literal).isEmpty();
        }
    }

    /** Body text and the text of links, buttons, notices and labels on the backgrounds they sit on. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "--ink, --paper", "--ink, --card", "--ink-soft, --paper", "--ink-soft, --card", "--muted, --paper",
            "--muted, --card", "--accent, --paper", "--accent, --card", "--accent-hover, --paper",
            "--accent-ink, --accent", "--accent-ink, --accent-hover", "--accent, --accent-soft",
            "--ink, --accent-soft", "--muted, --accent-soft", "--warn, --paper", "--warn, --card",
            "--warn, --warn-soft", "--ink, --warn-soft", "--ink-soft, --warn-soft", "--ink-soft, --tag-bg",
            "--muted, --tag-bg", "--ink, --neutral-soft", "--caution, --card", "--paper, --ink"})
    void text_meets_4_5_to_1_in_both_palettes(String text, String background) {
        assertThat(contrast(light, text, background)).as("light: " + text + " on " + background)
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(dark, text, background)).as("dark: " + text + " on " + background)
                .isGreaterThanOrEqualTo(4.5);
    }

    /** Field and control borders, the focus ring, and the chart marks against the surfaces they are drawn on. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "--field-line, --card", "--field-line, --paper", "--focus, --paper", "--focus, --card",
            "--accent, --card", "--before, --card", "--level-1, --card", "--accent, --level-0", "--warn, --card"})
    void components_meet_3_to_1_in_both_palettes(String mark, String background) {
        assertThat(contrast(light, mark, background)).as("light: " + mark + " on " + background)
                .isGreaterThanOrEqualTo(3);
        assertThat(contrast(dark, mark, background)).as("dark: " + mark + " on " + background)
                .isGreaterThanOrEqualTo(3);
    }

    @Nested
    class Figures {

        /** The figure's own colours, read where the renderer defines them. */
        static String figureColour(String constant) throws IOException {
            String source = Files.readString(Path.of("src/main/java/app/limber/figure/SvgRenderer.java"));
            Matcher m = Pattern.compile("String " + constant + " = \"(#[0-9a-fA-F]{6})\"").matcher(source);
            assertThat(m.find()).as("SvgRenderer defines " + constant).isTrue();
            return m.group(1);
        }

        @Test
        void are_drawn_as_they_are_in_the_light_palette_and_through_the_computed_filter_in_the_dark() {
            assertThat(light.get("--figure-filter")).isEqualTo("none");
            assertThat(dark.get("--figure-filter")).isEqualTo(FIGURE_FILTER);
        }

        @Test
        void keep_their_body_lines_and_bands_at_3_to_1_on_their_plate_and_on_a_card() throws IOException {
            for (String constant : List.of("NEAR", "BAND")) {
                double[] line = rgb(figureColour(constant));
                assertThat(contrast(line, resolve(light, "--figure-plate"))).as("light " + constant)
                        .isGreaterThanOrEqualTo(3);
                assertThat(contrast(line, resolve(light, "--card"))).as("light " + constant).isGreaterThanOrEqualTo(3);
                double[] drawn = figureFilter(line);
                assertThat(contrast(drawn, figureFilter(resolve(dark, "--figure-plate")))).as("dark " + constant)
                        .isGreaterThanOrEqualTo(3);
                // A figure without a plate (beside a routine's movement) shows the card through.
                assertThat(contrast(drawn, resolve(dark, "--card"))).as("dark " + constant).isGreaterThanOrEqualTo(3);
            }
        }

        @Test
        void sit_on_a_plate_that_the_filter_turns_as_dark_as_the_cards() {
            double[] plate = figureFilter(resolve(dark, "--figure-plate"));
            assertThat(contrast(plate, resolve(dark, "--card"))).isLessThan(1.2);
            double[] edge = figureFilter(resolve(dark, "--figure-edge"));
            assertThat(contrast(edge, resolve(dark, "--line"))).isLessThan(1.2);
        }

        @Test
        void the_filter_as_computed_here_matches_what_chromium_draws() {
            // Sampled from a Chromium 156 screenshot of each colour under the filter.
            assertThat(hex(figureFilter(rgb("#24434b")))).isEqualTo("#a9c8d0");
            assertThat(hex(figureFilter(rgb("#c2410c")))).isEqualTo("#ff8f5a");
            assertThat(hex(figureFilter(rgb("#9fb6b3")))).isEqualTo("#3c5350");
        }
    }

    static double contrast(Map<String, String> palette, String foreground, String background) {
        return contrast(resolve(palette, foreground), resolve(palette, background));
    }

    /** WCAG 2 contrast ratio: (lighter + 0.05) / (darker + 0.05) of the relative luminances. */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i];
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    /** A property's colour, following var() references within the palette. */
    static double[] resolve(Map<String, String> palette, String property) {
        return resolve(palette, property, new ArrayList<>());
    }

    /** A reference back to a property on the way is a cycle, which makes every property in it invalid in CSS. */
    private static double[] resolve(Map<String, String> palette, String property, List<String> path) {
        assertThat(path).as("a var() cycle").doesNotContain(property);
        path.add(property);
        String value = palette.get(property);
        assertThat(value).as(property + " in the palette").isNotNull();
        Matcher reference = Pattern.compile("var\\((--[a-z0-9-]+)\\)").matcher(value);
        if (reference.matches()) {
            return resolve(palette, reference.group(1), path);
        }
        assertThat(value).as(property).matches("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}");
        return rgb(value);
    }

    static double[] rgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return new double[] {Integer.parseInt(h.substring(0, 2), 16) / 255.0,
                Integer.parseInt(h.substring(2, 4), 16) / 255.0, Integer.parseInt(h.substring(4, 6), 16) / 255.0};
    }

    static String hex(double[] rgb) {
        return String.format("#%02x%02x%02x", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
                Math.round(rgb[2] * 255));
    }

    /**
     * {@code invert(1) hue-rotate(180deg)} as Filter Effects defines them, in sRGB: each channel inverted, then
     * the hue-rotate matrix (feColorMatrix type hueRotate) at 180 degrees, clamped.
     */
    static double[] figureFilter(double[] rgb) {
        double r = 1 - rgb[0];
        double g = 1 - rgb[1];
        double b = 1 - rgb[2];
        double cos = Math.cos(Math.PI);
        double sin = Math.sin(Math.PI);
        double[][] m = {
                {0.213 + cos * 0.787 - sin * 0.213, 0.715 - cos * 0.715 - sin * 0.715, 0.072 - cos * 0.072 + sin * 0.928},
                {0.213 - cos * 0.213 + sin * 0.143, 0.715 + cos * 0.285 + sin * 0.140, 0.072 - cos * 0.072 - sin * 0.283},
                {0.213 - cos * 0.213 - sin * 0.787, 0.715 - cos * 0.715 + sin * 0.715, 0.072 + cos * 0.928 + sin * 0.072}};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * r + m[i][1] * g + m[i][2] * b));
        }
        return out;
    }
}
