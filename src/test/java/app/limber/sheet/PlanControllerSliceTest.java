package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.routine.FakeRoutineLookup;
import app.limber.routine.SmallCatalog;
import app.limber.system.Pages;
import app.limber.system.PublicUrls;
import app.limber.system.WebSlice;
import app.limber.system.cache.PageCache;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * PlanController in a web slice: the plan inputs (the routine inputs without slot and shuffle), the paper and the
 * reminder times as the URL sends them. Good ones reach the week plan, its PDF and the calendar; each bad one is a
 * 400 page in the site's layout saying what was wrong, and then no routine is looked up, no PDF is made and no page
 * is kept. The routines come from a fake lookup over the small test catalog and the PDF from a recording fake; no
 * database.
 */
@WebSlice(PlanController.class)
@Import({SmallCatalog.Builder.class, FakeRoutineLookup.Config.class, WeekPlanFactory.class, ReminderCalendar.class,
        PublicUrls.class, PlanControllerSliceTest.Fakes.class})
class PlanControllerSliceTest {

    static final String DAY = "2026-11-23";

    /** The PDFs asked for, as "paper range", instead of rendering them (the PDF has tests of its own). */
    static class RecordingDocuments extends SheetDocuments {

        final List<String> made = new ArrayList<>();

        RecordingDocuments() {
            super(null, null, null, null, null);
        }

        @Override
        synchronized Pdf weekPlan(WeekPlan plan, Paper paper, Locale locale) {
            made.add(paper.param() + " " + plan.range());
            return Pdf.of(("%PDF week " + plan.range()).getBytes(StandardCharsets.UTF_8));
        }

        synchronized List<String> made() {
            return List.copyOf(made);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {

        @Bean
        RecordingDocuments documents() {
            return new RecordingDocuments();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeRoutineLookup lookup;

    @Autowired
    RecordingDocuments documents;

    @Autowired
    PageCache pages;

    @Autowired
    Clock clock;

    @BeforeEach
    void nothingAskedOrKeptYet() {
        lookup.clear();
        documents.made.clear();
        pages.clear();
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The routines looked up, as "slot date" (no date: "slot -"). */
    private List<String> routinesAsked() {
        return lookup.asked().stream().map(asked -> {
            var slot = Pattern.compile("slot=\\[(\\w+)]").matcher(asked);
            var date = Pattern.compile("date=\\[([-0-9]+)]").matcher(asked);
            return (slot.find() ? slot.group(1) : "?") + " " + (date.find() ? date.group(1) : "-");
        }).toList();
    }

    @Test
    void the_week_plan_reads_its_inputs_as_sent_and_links_with_the_canonical_ones() throws Exception {
        MvcTestResult result = get("/plan/week?shuffle=3&minutes=+10&place=HOME&equipment=none&slot=evening&date=" + DAY);
        assertThat(result).hasStatus(HttpStatus.OK).hasViewName(PlanController.WEEK_TEMPLATE);
        String page = Pages.unescaped(result);
        // Seven days of three slots, from the date given; the slot and shuffle sent are not plan inputs.
        List<String> asked = routinesAsked();
        assertThat(asked).hasSize(21).startsWith("morning " + DAY, "midday " + DAY, "evening " + DAY)
                .endsWith("evening 2026-11-29");
        assertThat(lookup.asked()).allSatisfy(call -> assertThat(call).contains("minutes=[10]", "place=[home]")
                .doesNotContain("shuffle", "equipment"));
        assertThat(page).contains("href=\"http://localhost/routines/generate?slot=morning&minutes=10&place=home&date="
                        + DAY + "\"")
                .contains("href=\"/plan/week.pdf?minutes=10&place=home&date=" + DAY + "&paper=a4\"")
                .contains("href=\"/plan/week.pdf?minutes=10&place=home&date=" + DAY + "&paper=letter\"")
                .contains("href=\"/plan/reminders?minutes=10&place=home\"");
    }

    @Test
    void the_week_plan_keeps_the_sites_header_and_a_way_back_to_the_day_it_came_from() throws Exception {
        String page = Pages.unescaped(get("/plan/week?morningMinutes=20&eveningPlace=desk&date=" + DAY));
        assertThat(page).contains("<header class=\"site-header\">", "<footer class=\"site-footer\">")
                .contains("<a class=\"sheet-back\" href=\"/today?morningMinutes=20&eveningPlace=desk&date=" + DAY
                        + "\">Back to today's plan</a>")
                .contains("<main id=\"main\" class=\"sheet-view\">", "<div class=\"sheet week\">");
    }

    @Test
    void the_week_plan_its_pdf_and_reminders_carry_the_choices_of_each_time_of_day() throws Exception {
        String query = "minutes=10&morningMinutes=20&middayPlace=home&eveningMinutes=15&eveningPlace=desk";
        String page = Pages.unescaped(get("/plan/week?" + query + "&date=" + DAY));
        assertThat(lookup.asked()).hasSize(21);
        assertThat(lookup.asked()).filteredOn(call -> call.contains("slot=[morning]"))
                .allSatisfy(call -> assertThat(call).contains("minutes=[20]").doesNotContain("place=[desk]"));
        assertThat(lookup.asked()).filteredOn(call -> call.contains("slot=[midday]"))
                .allSatisfy(call -> assertThat(call).contains("minutes=[10]", "place=[home]"));
        assertThat(lookup.asked()).filteredOn(call -> call.contains("slot=[evening]"))
                .allSatisfy(call -> assertThat(call).contains("minutes=[15]", "place=[desk]"));
        assertThat(page).contains("href=\"/plan/week.pdf?" + query + "&date=" + DAY + "&paper=a4\"")
                .contains("href=\"/plan/reminders?" + query + "\"");
        lookup.clear();
        assertThat(get("/plan/reminders.ics?morning=07:30&evening=21:00&" + query)).hasStatus(HttpStatus.OK);
        assertThat(lookup.asked()).hasSize(2).anySatisfy(call -> assertThat(call).contains("slot=[morning]",
                "minutes=[20]")).anySatisfy(call -> assertThat(call).contains("slot=[evening]", "minutes=[15]",
                "place=[desk]"));
    }

    @Test
    void a_bad_choice_for_one_time_of_day_is_a_400_page_naming_it() throws Exception {
        assertBadRequestPage(get("/plan/week?eveningMinutes=50"),
                "Choose between 5 and 45 minutes for the evening (“50” cannot be used).");
        assertBadRequestPage(get("/plan/week.pdf?paper=a4&morningPlace=moon"),
                "“moon” is not a place for the morning Limber knows.");
        assertThat(lookup.asked()).isEmpty();
    }

    @Test
    void without_a_date_the_week_starts_on_the_browsers_today() {
        // UTC+14: a day ahead of the server's zone for most of the day, never behind it.
        String zone = "Pacific/Kiritimati";
        assertThat(mvc.get().uri("/plan/week?minutes=5")
                .cookie(new jakarta.servlet.http.Cookie(app.limber.system.UserClock.COOKIE, zone)).exchange())
                .hasStatus(HttpStatus.OK);
        assertThat(routinesAsked()).first().isEqualTo("morning " + LocalDate.now(clock.withZone(
                java.time.ZoneId.of(zone))));
    }

    @Test
    void without_a_date_the_week_starts_today() {
        assertThat(get("/plan/week?minutes=5")).hasStatus(HttpStatus.OK);
        assertThat(routinesAsked()).first().isEqualTo("morning " + LocalDate.now(clock));
    }

    @ParameterizedTest(name = "paper={0}, {1}")
    @CsvSource({"a4, en-US, a4", "LETTER, en-GB, letter", "'', en-US, letter", "'', en-GB, a4", "'', de, a4"})
    void the_week_pdf_is_made_for_the_paper_asked_or_the_readers_country(String paper, String language,
                                                                         String made) {
        MvcTestResult result = mvc.get().uri("/plan/week.pdf?minutes=10&date=" + DAY + "&paper=" + paper)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasContentType(MediaType.APPLICATION_PDF);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"limber-week-" + DAY + "-" + made + ".pdf\"");
        assertThat(documents.made()).singleElement().asString().startsWith(made + " ");
        assertThat(routinesAsked()).hasSize(21);
    }

    /** The week's dates in the same short form as its days, whatever the reader's country ("Nov 23, 2026" once). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-US, a4 23 Nov 2026 to 29 Nov 2026", "es-ES, a4 Del 23 nov 2026 al 29 nov 2026"})
    void the_week_is_dated_day_month_year(String language, String made) {
        assertThat(mvc.get().uri("/plan/week.pdf?minutes=10&date=" + DAY + "&paper=a4")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange()).hasStatus(HttpStatus.OK);
        assertThat(documents.made()).singleElement().asString().isEqualTo(made);
    }

    @Test
    void the_reminder_form_offers_the_times_given_or_the_defaults_and_carries_the_plan_inputs() throws Exception {
        MvcTestResult result = get("/plan/reminders?place=home&equipment=chair&minutes=10&slot=evening&date=" + DAY
                + "&morning=06:45&midday=");
        assertThat(result).hasStatus(HttpStatus.OK).hasViewName("sheet/reminders");
        String page = body(result);
        assertThat(page).contains("name=\"morning\" value=\"06:45\"", "name=\"midday\" value=\"\"",
                "name=\"evening\" value=\"21:00\"", "type=\"hidden\" name=\"minutes\" value=\"10\"",
                "type=\"hidden\" name=\"place\" value=\"home\"", "type=\"hidden\" name=\"equipment\" value=\"chair\"")
                // A reminder opens the routine of the day it is tapped: no date, and no slot of its own.
                .doesNotContain("name=\"date\"", "type=\"hidden\" name=\"slot\"");
        assertThat(lookup.asked()).isEmpty();
    }

    @Test
    void the_calendar_has_an_event_for_each_time_given_over_that_slots_undated_routine() throws Exception {
        MvcTestResult result = get("/plan/reminders.ics?morning=7:30&midday=&evening=21:05:00&minutes=10&date=" + DAY);
        assertThat(result).hasStatus(HttpStatus.OK).hasContentTypeCompatibleWith("text/calendar");
        String ics = body(result);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("T073000\r\n", "T210500\r\n");
        assertThat(routinesAsked()).containsExactly("morning -", "evening -");
    }

    /** The error page in the site's layout, saying what was wrong. */
    private static void assertBadRequestPage(MvcTestResult result, String message) throws Exception {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error");
        assertThat(body(result)).contains("<header class=\"site-header\">", "<footer class=\"site-footer\">",
                        "<main id=\"main\" class=\"wrap error-page\">", "<h1>That request was not understood</h1>")
                .containsPattern("<p class=\"lead\">" + Pattern.quote(message));
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).as("a kept page's tag").isNull();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "minutes|ten|Choose between 5 and 45 minutes (“ten” cannot be used). Give a whole number.",
            "minutes|46|Choose between 5 and 45 minutes (“46” cannot be used). Give a whole number.",
            "minutes|-99999999999|Choose between 5 and 45 minutes (“-99999999999” cannot be used). Give a whole number.",
            "place|moon|“moon” is not a place Limber knows. Choose from: desk, home.",
            "equipment|rope|“rope” is not equipment Limber knows. Choose from: ",
            "caution|elbow|“elbow” is not a caution Limber knows. Choose from: lower-back, neck, wrists-knees.",
            "focus|toes|“toes” is not a focus Limber knows. Choose from: ",
            "date|someday|“someday” is not a date. Use the form 2026-11-23.",
            "date|2026-02-30|“2026-02-30” is not a date. Use the form 2026-11-23.",
            "date|2200-01-01|“2200-01-01” is too far from today: plan for a day between 2000-01-01 and 2199-12-31."})
    void each_bad_plan_input_is_a_400_page_on_every_plan_address_and_nothing_is_made(String field, String value,
                                                                                  String message)
            throws Exception {
        for (String path : List.of("/plan/week?", "/plan/week.pdf?paper=a4&", "/plan/reminders?",
                "/plan/reminders.ics?morning=07:30&")) {
            MvcTestResult result = get(path + field + "=" + value);
            assertBadRequestPage(result, message);
        }
        assertThat(lookup.asked()).isEmpty();
        assertThat(documents.made()).isEmpty();
    }

    @Test
    void an_unknown_paper_is_a_400_page_and_no_pdf_is_made() throws Exception {
        assertBadRequestPage(get("/plan/week.pdf?minutes=10&paper=a3"),
                "“a3” is not a valid value for paper. Valid values: a4, letter.");
        assertThat(documents.made()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "morning=7.30|“7.30” is not a time for morning: use hours and minutes, such as 07:30.",
            "evening=25:00|“25:00” is not a time for evening: use hours and minutes, such as 07:30.",
            "midday=noon&morning=07:30|“noon” is not a time for midday: use hours and minutes, such as 07:30.",
            "morning=07:60|“07:60” is not a time for morning: use hours and minutes, such as 07:30.",
            "morning=&midday=&evening=|Pick a time for at least one of morning, midday and evening.",
            "minutes=10|Pick a time for at least one of morning, midday and evening."})
    void a_time_that_is_not_one_or_no_time_at_all_is_a_400_page_and_no_routine_is_looked_up(String query,
                                                                                           String message)
            throws Exception {
        assertBadRequestPage(get("/plan/reminders.ics?" + query), message);
        assertThat(lookup.asked()).isEmpty();
    }

    @Test
    void a_rejected_plan_is_not_kept_so_the_same_address_is_checked_again() throws Exception {
        String uri = "/plan/week?minutes=99&date=" + DAY;
        assertBadRequestPage(get(uri), "Choose between 5 and 45 minutes (“99” cannot be used). Give a whole number.");
        assertBadRequestPage(get(uri), "Choose between 5 and 45 minutes (“99” cannot be used). Give a whole number.");
        // A good one is kept: asked again, it is answered from the kept copy without looking a routine up.
        String good = "/plan/week?minutes=10&date=" + DAY;
        assertThat(get(good)).hasStatus(HttpStatus.OK);
        assertThat(get(good)).hasStatus(HttpStatus.OK);
        assertThat(routinesAsked()).hasSize(21);
    }
}
