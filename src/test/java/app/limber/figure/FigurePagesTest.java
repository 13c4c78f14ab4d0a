package app.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Catalog;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Style;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

@SpringBootTest
@AutoConfigureMockMvc
class FigurePagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Figures figures;

    @Autowired
    MessageSource messages;

    private String page(String uri) throws Exception {
        return app.limber.system.Pages.ok(mvc, uri);
    }

    /** The position in words, then the shaded areas by name ("feel it here"). */
    private String alt(Movement m) {
        String position = messages.getMessage("figure.alt." + m.slug(), null, Locale.ENGLISH);
        if (m.areas().isEmpty()) {
            return position;
        }
        String areas = m.areas().stream().map(a -> messages.getMessage("area." + a.name(), null, Locale.ENGLISH))
                .collect(java.util.stream.Collectors.joining(", "));
        return position + " " + messages.getMessage("figure.feel", new Object[] {areas}, Locale.ENGLISH);
    }

    private String img(Movement m) {
        return "src=\"" + figures.url(m.slug()) + "\" alt=\"" + HtmlUtils.htmlEscape(alt(m)) + "\"";
    }

    @Nested
    class EveryMovement {

        @Test
        void has_a_figure_an_alt_text_and_its_equipment_drawn() {
            assertThat(catalog.movements()).hasSizeGreaterThanOrEqualTo(41);
            for (Movement m : catalog.movements()) {
                FigureSpec spec = Poses.find(m.slug()).orElse(null);
                assertThat(spec).as("figure for %s", m.slug()).isNotNull();
                assertThat(alt(m)).as("alt text for %s", m.slug()).isNotBlank().endsWith(".");
                Set<Equipment> drawn = EnumSet.noneOf(Equipment.class);
                spec.props().forEach(p -> drawn.add(p.equipment()));
                for (Set<Equipment> group : m.equipment()) {
                    assertThat(group).as("%s draws one of %s", m.slug(), group).containsAnyElementsOf(drawn);
                }
            }
        }

        @Test
        void flowing_movements_animate_and_holds_stand_still() {
            for (Movement m : catalog.movements()) {
                String svg = figures.screen(m.slug()).orElseThrow().body();
                if (m.style() == Style.DYNAMIC) {
                    assertThat(svg).as(m.slug()).contains("@keyframes");
                } else {
                    assertThat(svg).as(m.slug()).doesNotContain("@keyframes").contains("opacity=\".25\"");
                }
            }
        }

        @Test
        void the_figure_table_has_no_figure_without_a_movement() {
            for (String slug : Poses.all().keySet()) {
                assertThat(catalog.find(slug)).as(slug).isPresent();
            }
        }
    }

    @Nested
    class Pages {

        @Test
        void catalog_cards_show_each_figure_with_its_text_alternative() throws Exception {
            String html = page("/stretches");
            for (Movement m : catalog.movements()) {
                assertThat(html).contains(img(m));
            }
            assertThat(html).contains("loading=\"lazy\"").contains("width=\"160\" height=\"153\"");
        }

        @Test
        void each_card_reserves_its_own_figures_height_so_nothing_moves_when_it_loads() throws Exception {
            String html = page("/stretches");
            int lower = 0;
            for (Movement m : catalog.movements()) {
                String svg = figures.screen(m.slug()).orElseThrow().body();
                java.util.regex.Matcher box = java.util.regex.Pattern
                        .compile("viewBox=\"[-\\d.]+ [-\\d.]+ ([\\d.]+) ([\\d.]+)\"").matcher(svg);
                assertThat(box.find()).as(m.slug()).isTrue();
                long height = Math.round(160 * Double.parseDouble(box.group(2)) / Double.parseDouble(box.group(1)));
                assertThat(html).as(m.slug()).containsPattern("src=\"/figures/" + m.slug()
                        + "\\.svg[^\"]*\"[^>]*width=\"160\" height=\"" + height + "\"");
                lower += height < 153 ? 1 : 0;
            }
            assertThat(lower).as("figures lying or kneeling are lower than a standing one").isPositive();
        }

        @Test
        void detail_page_shows_the_figure_with_its_text_alternative() throws Exception {
            Movement catCow = catalog.get("cat-cow");
            String html = page("/stretches/cat-cow");
            assertThat(html).contains(img(catCow)).contains("width=\"320\"");
            assertThat(alt(catCow)).contains("hands and knees").contains("where you should feel it: ");
        }

        @Test
        void contact_sheet_shows_every_figure_and_its_print_pair() throws Exception {
            String html = page("/stretches/figures");
            assertThat(html).contains("<h1>All figures</h1>");
            for (Movement m : catalog.movements()) {
                assertThat(html).contains(img(m)).contains(figures.printUrl(m.slug()));
            }
        }
    }

    @Nested
    class SvgFiles {

        @Test
        void are_svg_cached_for_a_year_and_versioned() throws Exception {
            MvcTestResult result = mvc.get().uri(figures.url("cat-cow")).exchange();
            assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
            assertThat(result.getResponse().getHeader("Cache-Control"))
                    .isEqualTo("max-age=31536000, public, immutable");
            assertThat(result.getResponse().getHeader("ETag")).isEqualTo(figures.screen("cat-cow").orElseThrow().etag());
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).isEqualTo(FigureController.SVG_POLICY);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("<svg ")
                    .contains("@keyframes");
            assertThat(figures.url("cat-cow")).endsWith("?v=" + figures.version());
        }

        @Test
        void answer_not_modified_to_a_matching_etag() {
            String etag = figures.screen("childs-pose").orElseThrow().etag();
            assertThat(mvc.get().uri("/figures/childs-pose.svg").header("If-None-Match", etag).exchange())
                    .hasStatus(HttpStatus.NOT_MODIFIED);
        }

        @Test
        void print_pair_is_served_still() throws Exception {
            MvcTestResult result = mvc.get().uri("/figures/cat-cow-print.svg").exchange();
            assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("@keyframes")
                    .contains("width=\"" + SvgRenderer.PRINT_WIDTH + "\" height=\"" + SvgRenderer.PRINT_HEIGHT + "\"");
        }

        @ParameterizedTest
        @CsvSource({"no-such-move", "nope", "CAT-COW", "x-print-print", "cat-cow-print-print"})
        void an_unknown_figure_is_the_sites_404_page_naming_it(String name) throws Exception {
            MvcTestResult result = mvc.get().uri("/figures/" + name + ".svg").exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Page not found", "There is no figure called “" + name + "”.")
                    .contains("site-header", "/safety");
        }

        @Test
        void an_unknown_figure_asked_for_as_an_image_is_still_the_404_page() throws Exception {
            MvcTestResult result = mvc.get().uri("/figures/nope.svg").header("Accept", "image/avif,image/webp,*/*")
                    .exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("There is no figure called “nope”.");
        }
    }
}
