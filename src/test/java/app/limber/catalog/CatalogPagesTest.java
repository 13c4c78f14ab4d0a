package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.system.Pages;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalog catalog;

    private String page(String uri) throws Exception {
        return Pages.ok(mvc, uri);
    }

    @Nested
    class Home {

        @Test
        void says_what_limber_offers_and_leads_to_the_catalog() throws Exception {
            String html = page("/");
            assertThat(html).contains("Guided stretch routines for a tight upper back")
                    .contains("href=\"/stretches\"")
                    .contains(catalog.movements().size() + " movements from warm-ups to relaxation");
        }
    }

    @Nested
    class CatalogList {

        @Test
        void groups_every_movement_by_block_with_summary_and_plain_dosage() throws Exception {
            String html = page("/stretches");
            assertThat(html).contains(catalog.movements().size() + " movements")
                    .contains("<h2>Warm-up</h2>", "<h2>Release</h2>", "<h2>Stretches</h2>", "<h2>Joint mobility</h2>",
                            "<h2>Strengthening</h2>", "<h2>Relaxation</h2>");
            assertThat(html.indexOf("<h2>Warm-up</h2>")).isLessThan(html.indexOf("<h2>Release</h2>"));
            assertThat(html.indexOf("<h2>Strengthening</h2>")).isLessThan(html.indexOf("<h2>Relaxation</h2>"));
            for (Movement m : catalog.movements()) {
                assertThat(html).contains("href=\"/stretches/" + m.slug() + "\"");
            }
            assertThat(html).contains("Hold 30 s each side").contains("10-15 reps");
        }

        @Test
        void filters_by_block() throws Exception {
            String html = page("/stretches?block=release");
            long releases = catalog.movements().stream().filter(m -> m.block() == Block.RELEASE).count();
            assertThat(html).contains(releases + " of " + catalog.movements().size() + " movements match")
                    .contains("massage-ball-upper-back-release")
                    .doesNotContain("href=\"/stretches/cat-cow\"");
        }

        /** Each filter (and the search) lists movements that match it and leaves out movements that do not. */
        @ParameterizedTest(name = "?{0} lists {1}, not {2}")
        @CsvSource(delimiter = '|', value = {
                "position=all-fours | cat-cow thread-the-needle | marching-in-place",
                "equipment=none | shoulder-rolls | thoracic-extension-foam-roller massage-ball-upper-back-release",
                "equipment=foam-roller | thoracic-extension-foam-roller iron-cross | shoulder-rolls",
                "area=neck | neck-side-release | marching-in-place",
                "slot=evening | childs-pose | marching-in-place",
                "q=doorway | doorway-chest-stretch | cat-cow"})
        void filters_list_what_matches_and_leave_out_the_rest(String query, String listed, String leftOut)
                throws Exception {
            String html = page("/stretches?" + query);
            for (String slug : listed.split(" ")) {
                assertThat(html).contains("href=\"/stretches/" + slug + "\"");
            }
            for (String slug : leftOut.split(" ")) {
                assertThat(html).doesNotContain("href=\"/stretches/" + slug + "\"");
            }
        }

        @Test
        void combines_filters_and_keeps_them_in_the_url() throws Exception {
            String html = page("/stretches?block=stretch&position=seated&equipment=chair");
            long expected = catalog.movements().stream()
                    .filter(m -> m.block() == Block.STRETCH && m.position() == BodyPosition.SEATED
                            && m.allEquipment().contains(Equipment.CHAIR))
                    .count();
            assertThat(expected).isPositive();
            assertThat(html).contains(expected + " of " + catalog.movements().size() + " movements match")
                    .contains("href=\"/stretches/seated-upper-back-stretch\"")
                    .doesNotContain("href=\"/stretches/childs-pose\"");
            // the checked boxes are checked again, and each active filter can be removed on its own
            assertThat(html).containsPattern("value=\"seated\"\\s+checked")
                    .contains("href=\"/stretches?block=stretch&amp;equipment=chair\"");
        }

        @Test
        void says_so_when_nothing_matches() throws Exception {
            String html = page("/stretches?block=relaxation&equipment=bar");
            assertThat(html).contains("0 of").contains("No movement matches these filters");
        }

        @Test
        void an_unknown_filter_value_is_a_400_page_naming_it() throws Exception {
            var result = mvc.get().uri("/stretches?block=yoga").exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(result).bodyText().contains("“yoga” is not a valid value for block")
                    .contains("warm-up, release, stretch").contains("site-header").doesNotContain("Exception");
        }

        @Test
        void an_overlong_search_is_a_400_page() throws Exception {
            assertThat(mvc.get().uri("/stretches?q=" + "a".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText().contains("too long");
        }
    }

    @Nested
    class Search {

        @Test
        void lists_matches_best_first_under_one_heading() throws Exception {
            String html = page("/stretches?q=thorasic");
            assertThat(html).contains("Best matches first").contains("href=\"/stretches/thoracic-side-bend\"")
                    .doesNotContain("<h2>Warm-up</h2>");
            assertThat(html.indexOf("href=\"/stretches/thoracic-side-bend\""))
                    .isLessThan(html.indexOf("href=\"/stretches/cat-cow\"") < 0 ? Integer.MAX_VALUE
                            : html.indexOf("href=\"/stretches/cat-cow\""));
        }

        @Test
        void finds_muscles_by_their_short_forms() throws Exception {
            assertThat(page("/stretches?q=lats")).contains("href=\"/stretches/childs-pose\"")
                    .doesNotContain("href=\"/stretches/belly-breathing\"");
        }

        @Test
        void with_no_filter_set_an_empty_search_does_not_talk_about_filters() throws Exception {
            String html = page("/stretches?q=banana");
            assertThat(html).contains("0 of " + catalog.movements().size() + " movements match")
                    .contains("Nothing in the catalog matches &quot;banana&quot;")
                    .doesNotContain("No movement matches these filters").doesNotContain("with these filters");
        }

        @Test
        void with_filters_set_an_empty_search_offers_to_clear_them() throws Exception {
            String html = page("/stretches?q=doorway&block=release");
            assertThat(html).contains("Nothing matches &quot;doorway&quot; with these filters")
                    .contains("href=\"/stretches?q=doorway\"");
        }
    }

    @Nested
    class Detail {

        @Test
        void shows_steps_dosage_feel_cautions_variations_sources_and_the_stop_line() throws Exception {
            Movement m = catalog.get("thread-the-needle");
            String html = page("/stretches/thread-the-needle");
            assertThat(html).contains("<h1>" + m.name() + "</h1>")
                    .contains("How to do it").contains(escape(m.steps().get(0)))
                    .contains("Where you should feel it").contains(escape(m.feelIt()))
                    .contains("Stop at once if you feel sharp pain")
                    .contains("Stretches for Upper Back Pain (Massage Rx)")
                    .contains("4-5 reps, holding each for 30 s each side, 1-2 sets");
        }

        @Test
        void lists_variations_with_links_and_where_sources_differ() throws Exception {
            String html = page("/stretches/cat-cow");
            assertThat(html).contains("Variations").contains("href=\"/stretches/cat-stretch\"")
                    .contains("Where the articles differ").contains("What Stretches Upper Back? Instant Relief");
        }

        @Test
        void says_when_limber_chose_the_dosage() throws Exception {
            Movement chosen = catalog.movements().stream().filter(m -> !m.dosage().fromArticle()).findFirst()
                    .orElseThrow();
            assertThat(page("/stretches/" + chosen.slug())).contains("No article gives a count for this one");
        }

        @Test
        void shows_how_often_for_every_movement_with_a_weekly_figure_and_only_for_those() throws Exception {
            long withFigure = 0;
            for (Movement m : catalog.movements()) {
                String html = page("/stretches/" + m.slug());
                if (m.dosage().timesPerWeek() == null) {
                    assertThat(html).as(m.slug()).doesNotContain("How often");
                    continue;
                }
                withFigure++;
                String often = m.dosage().timesPerWeek().min() >= 7 ? "Daily"
                        : m.dosage().timesPerWeek() + " times a week";
                assertThat(html).as(m.slug()).containsPattern("How often</strong>:\\s*<span>" + often + "</span>");
            }
            assertThat(withFigure).as("the articles' daily and 3-4 times a week figures").isGreaterThanOrEqualTo(5);
        }

        @Test
        void shows_the_pace_of_the_reps_in_plain_words_and_whose_estimate_it_is() throws Exception {
            String catCow = page("/stretches/cat-cow");
            assertThat(catCow).contains("Pace</strong>: <span>Led by your breath, about 6 s a rep</span>")
                    .doesNotContain("Limber’s estimate");
            assertThat(page("/stretches/standing-knee-lifts")).contains("Brisk, about 2 s a rep")
                    .contains("it is Limber’s estimate");
            assertThat(page("/stretches/thoracic-extension-foam-roller")).contains("Slow and steady, about 3 s a rep");
            assertThat(page("/stretches/childs-pose")).as("no reps").doesNotContain("Pace</strong>");
            assertThat(page("/stretches/thread-the-needle")).as("each rep is a 30 s hold")
                    .doesNotContain("Pace</strong>");
        }

        @Test
        void shows_an_open_ended_hold_as_the_least_and_the_key_form_cues() throws Exception {
            assertThat(page("/stretches/childs-pose")).contains("Hold at least 30 s")
                    .contains("stay longer if it feels good");
            assertThat(page("/stretches/doorway-chest-stretch")).contains("Hold 30 s").doesNotContain("at least");
            Movement roller = catalog.get("neck-side-release");
            assertThat(page("/stretches/" + roller.slug())).contains("Keep in mind")
                    .contains(escape(roller.cues().get(0)));
        }

        @Test
        void an_unknown_slug_is_a_404_page_in_the_layout() throws Exception {
            var result = mvc.get().uri("/stretches/headstand").exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(result).bodyText().contains("There is no stretch called “headstand”")
                    .contains("site-header").contains("/safety");
        }
    }

    @Nested
    class SafetyAndGuide {

        @Test
        void safety_page_lists_red_flags_and_says_it_is_not_medical_advice() throws Exception {
            String html = page("/safety");
            assertThat(html).contains("This is not medical advice").contains("Red flags")
                    .contains("Serious causes to rule out").contains("When to see a professional");
        }

        @Test
        void every_page_links_the_safety_page_in_its_footer() throws Exception {
            for (String uri : new String[] {"/", "/stretches", "/stretches/cat-cow", "/guide"}) {
                assertThat(page(uri)).as(uri).contains("Red flags and when to stop")
                        .contains("not medical advice");
            }
        }

        @Test
        void guide_page_covers_warm_up_desk_sleep_and_posture_with_sources() throws Exception {
            String html = page("/guide");
            assertThat(html).contains("Warming up").contains("Desk set-up").contains("Sleeping position")
                    .contains("Posture types").contains("13 Upper Back Stretches for Pain Relief");
        }
    }

    @Nested
    class Errors {

        @Test
        void an_unknown_address_is_a_404_page_in_the_layout() throws Exception {
            var result = mvc.get().uri("/no-such-page").exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);

            // MockMvc does not forward to /error as the servlet container does, so render that dispatch here.
            var error = mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page").exchange();
            assertThat(error).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            String html = Pages.text(error);
            assertThat(html).contains("<title>Page not found · Limber</title>", "<h1>Page not found</h1>")
                    .contains("<header class=\"site-header\">", "href=\"/stretches\"")
                    .contains("<footer class=\"site-footer\">", "not medical advice")
                    .doesNotContain("Whitelabel", "Exception");
        }

        @Test
        void security_headers_are_set() throws Exception {
            assertThat(mvc.get().uri("/stretches")).hasStatusOk()
                    .headers().hasValue("X-Content-Type-Options", "nosniff")
                    .hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
                    .containsHeader("Content-Security-Policy");
            String csp = mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
        }
    }

    /** Thymeleaf escapes only the markup-significant characters in th:text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
