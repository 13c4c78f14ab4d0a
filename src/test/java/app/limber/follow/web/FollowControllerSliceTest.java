package app.limber.follow.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Slot;
import app.limber.follow.FollowText;
import app.limber.follow.PlayerPlan;
import app.limber.routine.FakeRoutineLookup;
import app.limber.routine.MovementBreak;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.Place;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRef;
import app.limber.routine.RoutineRequest;
import app.limber.system.cache.PageCache;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * FollowController in a web slice: the generated routine's inputs as the URL sends them and a saved routine's
 * token. Good ones show the player over the routine the lookup found; each bad input is a 400 page in the site's
 * layout saying what was wrong, an unknown token a 404 page, and neither is kept by the page cache. The lookup is a
 * fake over the small test catalog; no database.
 */
@FollowWebSlice
class FollowControllerSliceTest {

    static final String DAY = "2026-11-23";
    static final String TOKEN = "Zx9_aSavedTokenOf22chr";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeRoutineLookup lookup;

    @Autowired
    PageCache pages;

    @Autowired
    HistorySettings settings;

    @BeforeEach
    void nothingAskedOrKeptYet() {
        lookup.clear();
        pages.clear();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The slugs of the steps, in the order the page lists them. */
    private static List<String> steps(String page) {
        Matcher m = Pattern.compile("<li class=\"player-step\" id=\"step-\\d+\"\\s+data-slug=\"([^\"]+)\"").matcher(page);
        return m.results().map(r -> r.group(1)).toList();
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\">").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private static List<String> slugs(RoutineRef ref) {
        return ref.routine().items().stream().map(RoutineItem::movement).map(m -> m.slug()).toList();
    }

    /** The error page in the site's layout, with its status, its title and what was wrong. */
    private static void assertErrorPage(MvcTestResult result, HttpStatus status, String title, String detail)
            throws Exception {
        assertThat(result).hasStatus(status).hasViewName("error");
        assertThat(body(result)).contains("<header class=\"site-header\">", "<footer class=\"site-footer\">",
                        "<main id=\"main\" class=\"wrap error-page\">",
                        "<p class=\"status-code\">" + status.value() + "</p>", "<h1>" + title + "</h1>")
                .containsPattern("<p class=\"lead\">" + Pattern.quote(detail));
    }

    @Test
    void good_inputs_as_sent_show_the_player_over_the_routine_they_name() throws Exception {
        MvcTestResult result = mvc.get().uri("/routines/generate/follow?slot=Evening&minutes=+10&place=HOME"
                + "&equipment=none&date=" + DAY).exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasViewName("follow/player");
        String page = body(result);
        RoutineRef ref = lookup.generated(Map.of("slot", List.of("evening"), "minutes", List.of("10"),
                "place", List.of("home"), "date", List.of(DAY)));
        assertThat(page).contains("<h1>Follow: Evening routine, 10 min</h1>");
        assertThat(steps(page)).isNotEmpty().isEqualTo(slugs(ref));
        // The log form points back at the canonical link of the same routine.
        assertThat(hidden(page, "routinePath"))
                .isEqualTo("/routines/generate?slot=evening&minutes=10&place=home&date=" + DAY);
        assertThat(hidden(page, "slot")).isEqualTo("evening");
        assertThat(hidden(page, "plannedSeconds")).isEqualTo(Integer.toString(ref.routine().seconds()));
        assertThat(hidden(page, "zone")).isEqualTo(settings.defaultZone().getId());
        assertThat(page).contains("data-speed=\"1\"");
    }

    @Test
    void a_saved_routine_is_followed_under_its_own_name_and_links_back_to_its_token() throws Exception {
        RoutineRef ref = lookup.save(TOKEN, "Wake up <gently>", new RoutineRequest(Slot.MORNING, 5, Set.of(),
                Place.HOME, Set.of(), null, LocalDate.parse(DAY), 0));
        MvcTestResult result = mvc.get().uri("/routines/" + TOKEN + "/follow").exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasViewName("follow/player");
        String page = body(result);
        assertThat(page).contains("<h1>Follow: Wake up &lt;gently&gt;</h1>");
        assertThat(steps(page)).isEqualTo(slugs(ref));
        assertThat(hidden(page, "routinePath")).isEqualTo("/routines/" + TOKEN);
        assertThat(hidden(page, "routineName")).isEqualTo("Wake up <gently>");
        assertThat(lookup.asked()).containsExactly("saved " + TOKEN);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "slot|night|“night” is not a time of day Limber knows. Choose from: morning, midday, evening.",
            "minutes|ten|Choose between 5 and 45 minutes (“ten” cannot be used). Give a whole number.",
            "minutes|4|Choose between 5 and 45 minutes (“4” cannot be used). Give a whole number.",
            "minutes|99999999999|Choose between 5 and 45 minutes (“99999999999” cannot be used). Give a whole number.",
            "place|moon|“moon” is not a place Limber knows. Choose from: ",
            "equipment|rope|“rope” is not equipment Limber knows. Choose from: ",
            "caution|elbow|“elbow” is not a caution Limber knows. Choose from: ",
            "focus|toes|“toes” is not a focus Limber knows. Choose from: ",
            "date|2026-02-30|“2026-02-30” is not a date. Use the form 2026-11-23.",
            "date|1999-01-01|“1999-01-01” is too far from today: plan for a day between 2000-01-01 and 2199-12-31.",
            "shuffle|-1|Choose between 0 and 9999 as the shuffle number (“-1” cannot be used). Give a whole number.",
            "shuffle|10000|Choose between 0 and 9999 as the shuffle number (“10000” cannot be used). Give a whole number."})
    void each_bad_input_is_a_400_page_in_the_layout_saying_what_was_wrong_and_is_not_kept(String field, String value,
                                                                                         String message)
            throws Exception {
        String others = field.equals("slot") ? "" : "slot=evening&";
        String uri = "/routines/generate/follow?" + others + field + "=" + value;
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertErrorPage(result, HttpStatus.BAD_REQUEST, "That request was not understood", message);
        // Not kept: the same request asks the lookup again rather than being answered from a kept copy.
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(mvc.get().uri(uri).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(lookup.asked()).hasSize(2);
    }

    @Test
    void a_good_page_is_kept_so_the_same_request_is_answered_without_the_lookup() {
        String uri = "/routines/generate/follow?slot=midday&minutes=5&date=" + DAY;
        MvcTestResult first = mvc.get().uri(uri).exchange();
        assertThat(first).hasStatus(HttpStatus.OK);
        assertThat(first.getResponse().getHeader(HttpHeaders.ETAG)).isNotNull();
        assertThat(mvc.get().uri(uri).exchange()).hasStatus(HttpStatus.OK);
        assertThat(lookup.asked()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"Zx9_aNotSavedTokenOf22", "short"})
    void an_unknown_token_is_a_404_page_in_the_layout_and_is_not_kept(String token) throws Exception {
        MvcTestResult result = mvc.get().uri("/routines/" + token + "/follow").exchange();
        assertErrorPage(result, HttpStatus.NOT_FOUND, "Page not found",
                "There is no saved routine at this link. Check that the link was copied in full.");
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(lookup.asked()).containsExactly("saved " + token);
    }

    /** The workday movement break a reminder opens: a fixed short routine, no inputs, no lookup. */
    @Nested
    class MovementBreakPlayer {

        @Autowired
        RoutineBuilder catalog;

        @Autowired
        FollowText text;

        @Test
        void shows_the_player_over_the_one_to_two_minute_break_with_its_doses_and_the_safety_line() throws Exception {
            MvcTestResult result = mvc.get().uri("/routines/break/follow").exchange();
            assertThat(result).hasStatus(HttpStatus.OK).hasViewName("follow/player");
            String page = body(result);
            Routine routine = MovementBreak.routine(catalog::find);
            PlayerPlan plan = PlayerPlan.of(routine);
            assertThat(page).contains("<h1>Follow: Movement break</h1>", "id=\"player\"",
                    "data-total=\"" + plan.seconds() + "\"", "Stop at once if you feel sharp pain");
            assertThat(steps(page)).containsExactly("shoulder-rolls", "arm-circles");
            for (RoutineItem item : routine.items()) {
                assertThat(page).contains("<p class=\"dosage step-dose\">"
                        + HtmlUtils.htmlEscape(text.dose(item.dose())) + "</p>");
            }
            assertThat(Integer.parseInt(hidden(page, "plannedSeconds"))).isEqualTo(plan.seconds())
                    .isBetween(MovementBreak.MIN_SECONDS, MovementBreak.MAX_SECONDS);
            // Logged like any session: under midday, linking to the break's own page, which the player links back to.
            assertThat(hidden(page, "routinePath")).isEqualTo("/reminders/break");
            assertThat(RoutineLink.canonical(hidden(page, "routinePath"))).contains("/reminders/break");
            assertThat(hidden(page, "routineName")).isEqualTo("Movement break");
            assertThat(hidden(page, "slot")).isEqualTo("midday");
            assertThat(page).contains("<p class=\"breadcrumb\"><a href=\"/reminders/break\">Back to the routine</a>");
            assertThat(lookup.asked()).isEmpty();
        }

        @Test
        void it_takes_no_inputs_a_path_below_it_is_not_found_and_a_post_is_refused() throws Exception {
            // The generate page's inputs mean nothing here (unknown parameters are ignored, as on every page).
            String page = body(mvc.get().uri("/routines/break/follow?slot=evening&minutes=45&place=home").exchange());
            assertThat(steps(page)).containsExactly("shoulder-rolls", "arm-circles");
            assertThat(hidden(page, "slot")).isEqualTo("midday");
            assertThat(lookup.asked()).isEmpty();
            assertThat(mvc.get().uri("/routines/break/follow/x").exchange()).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri("/routines/break").exchange()).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post().uri("/routines/break/follow").exchange()).hasStatus4xxClientError();
        }
    }
}
