package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.system.Pages;
import app.limber.system.UserClock;
import app.limber.system.cache.PageCache;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The day's plan and its own form: minutes and place per time of day, in the visitor's time zone. */
@RoutineWebSlice
class TodayPageTest {

    private static final String DAY = "2026-11-23";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clock clock;

    @Autowired
    PageCache pages;

    @BeforeEach
    void nothingKeptYet() {
        pages.clear();
    }

    private static String body(MvcTestResult result) throws Exception {
        return Pages.unescaped(result);
    }

    private String page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasViewName("routine/today");
        return body(result);
    }

    /** The part of the page from one session's heading to the next. */
    private static String session(String html, String slot) {
        String from = html.substring(html.indexOf("id=\"session-" + slot + "\""));
        int next = from.indexOf("<section", 10);
        return next < 0 ? from : from.substring(0, next);
    }

    @Nested
    class TheForm {

        @Test
        void shows_each_time_of_days_minutes_and_place_as_the_sessions_use_them() throws Exception {
            String html = page("/today?date=" + DAY);
            assertThat(html).contains("<form class=\"routine-form\" method=\"get\" action=\"/today\">")
                    .containsPattern("name=\"morningMinutes\" value=\"5\"")
                    .containsPattern("name=\"middayMinutes\" value=\"5\"")
                    .containsPattern("name=\"eveningMinutes\" value=\"10\"")
                    .containsPattern("name=\"middayPlace\" value=\"desk\" checked=\"checked\"")
                    .containsPattern("name=\"morningPlace\" value=\"home\" checked=\"checked\"")
                    .contains("name=\"equipment\" value=\"chair\"", "name=\"caution\" value=\"neck\"")
                    .contains("<input type=\"hidden\" name=\"date\" value=\"" + DAY + "\">");
        }

        @Test
        void change_your_choices_goes_to_the_days_form_not_the_single_routine_form() throws Exception {
            String html = page("/today?date=" + DAY);
            assertThat(html).contains("<a class=\"button secondary\" href=\"#day-form\">Change your choices</a>")
                    .contains("id=\"day-form\"").doesNotContain("/routines/new?");
        }

        @Test
        void a_routine_pages_minutes_for_the_day_fill_every_time_of_day() throws Exception {
            String html = page("/today?minutes=15&date=" + DAY);
            for (String slot : new String[] {"morning", "midday", "evening"}) {
                assertThat(html).contains("name=\"" + slot + "Minutes\" value=\"15\"");
            }
        }
    }

    @Nested
    class PerTimeOfDay {

        @Test
        void each_time_of_day_is_built_from_its_own_minutes_and_place() throws Exception {
            String html = page("/today?morningMinutes=20&middayPlace=home&eveningMinutes=15&eveningPlace=desk"
                    + "&equipment=chair&date=" + DAY);
            assertThat(session(html, "MORNING"))
                    .contains("href=\"/routines/generate?slot=morning&minutes=20&place=home&equipment=chair&date=" + DAY);
            assertThat(session(html, "MIDDAY"))
                    .contains("href=\"/routines/generate?slot=midday&minutes=5&place=home&equipment=chair&date=" + DAY);
            assertThat(session(html, "EVENING"))
                    .contains("href=\"/routines/generate?slot=evening&minutes=15&place=desk&equipment=chair&date=" + DAY);
        }

        @Test
        void a_time_of_days_own_choice_wins_over_the_days() throws Exception {
            String html = page("/today?minutes=10&place=home&middayMinutes=25&middayPlace=desk&date=" + DAY);
            assertThat(session(html, "MORNING")).contains("slot=morning&minutes=10&place=home&date=" + DAY);
            assertThat(session(html, "MIDDAY")).contains("slot=midday&minutes=25&place=desk&date=" + DAY);
        }

        @Test
        void the_week_plan_and_reminders_carry_the_per_time_of_day_choices() throws Exception {
            String html = page("/today?morningMinutes=20&eveningPlace=desk&date=" + DAY);
            assertThat(html).contains("href=\"/plan/week?morningMinutes=20&eveningPlace=desk&date=" + DAY + "\"")
                    .contains("href=\"/plan/reminders?morningMinutes=20&eveningPlace=desk&date=" + DAY + "\"");
        }
    }

    /** After a refused value the form comes back with every other value as given, or its default. */
    @Nested
    class AfterABadValue {

        private String refused(String uri) throws Exception {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("routine/today");
            return body(result);
        }

        @Test
        void the_other_times_of_day_keep_their_defaults_and_only_the_bad_field_is_marked() throws Exception {
            String html = refused("/today?middayMinutes=500");
            assertThat(html).contains("name=\"morningMinutes\" value=\"5\"", "name=\"eveningMinutes\" value=\"10\"")
                    .contains("name=\"middayMinutes\" value=\"500\"")
                    .contains("name=\"morningPlace\" value=\"home\" checked=\"checked\"")
                    .contains("name=\"middayPlace\" value=\"desk\" checked=\"checked\"")
                    .contains("name=\"eveningPlace\" value=\"home\" checked=\"checked\"")
                    .contains("id=\"field-middayMinutes\" class=\"has-error\"");
            assertThat(Pattern.compile("has-error").matcher(html).results().count()).isEqualTo(1);
        }

        @Test
        void the_values_given_stay_as_given() throws Exception {
            String html = refused("/today?morningMinutes=20&eveningPlace=desk&middayMinutes=500&equipment=chair"
                    + "&date=" + DAY);
            assertThat(html).contains("name=\"morningMinutes\" value=\"20\"", "name=\"eveningMinutes\" value=\"10\"")
                    .contains("name=\"eveningPlace\" value=\"desk\" checked=\"checked\"")
                    .contains("name=\"morningPlace\" value=\"home\" checked=\"checked\"")
                    .contains("name=\"equipment\" value=\"chair\" checked=\"checked\"")
                    .contains("<input type=\"hidden\" name=\"date\" value=\"" + DAY + "\">");
        }

        @Test
        void a_refused_minutes_for_the_whole_day_leaves_each_time_of_day_at_its_default() throws Exception {
            String html = refused("/today?minutes=500&place=desk");
            assertThat(html).contains("name=\"morningMinutes\" value=\"5\"", "name=\"middayMinutes\" value=\"5\"")
                    .contains("name=\"eveningMinutes\" value=\"10\"")
                    .contains("name=\"eveningPlace\" value=\"desk\" checked=\"checked\"")
                    .containsPattern("id=\"field-minutes\"\\s+class=\"has-error\"").doesNotContain("value=\"500\"");
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "morningMinutes|99|Choose between 5 and 45 minutes for the morning (“99” cannot be used).",
            "middayMinutes|ten|Choose between 5 and 45 minutes for midday (“ten” cannot be used).",
            "eveningPlace|moon|“moon” is not a place for the evening Limber knows. Choose from: desk, home.",
            "equipment|rope|“rope” is not equipment Limber knows.",
            "date|2026-02-30|“2026-02-30” is not a date."})
    void a_bad_value_is_a_400_page_with_the_days_form_saying_what_was_wrong(String field, String value,
                                                                         String message) throws Exception {
        MvcTestResult result = mvc.get().uri("/today?" + field + "=" + value).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("routine/today");
        String html = body(result);
        assertThat(html).contains("href=\"#field-" + field + "\"", "id=\"field-" + field + "\"")
                .containsPattern("<p class=\"field-error\"[^>]*>" + Pattern.quote(message))
                .contains("action=\"/today\"").doesNotContain("id=\"session-");
    }

    @Nested
    class TheVisitorsDay {

        /** UTC+14 and UTC-11: 25 hours apart, so their dates always differ. */
        private static final String EAST = "Pacific/Kiritimati";
        private static final String WEST = "Pacific/Pago_Pago";

        private String dated(String zone) throws Exception {
            MvcTestResult result = mvc.get().uri("/today").cookie(new Cookie(UserClock.COOKIE, zone)).exchange();
            assertThat(result).hasStatus(HttpStatus.OK);
            return body(result);
        }

        @Test
        void today_is_the_browsers_today_from_its_zone_cookie_even_for_the_same_address() throws Exception {
            LocalDate east = LocalDate.now(clock.withZone(ZoneId.of(EAST)));
            LocalDate west = LocalDate.now(clock.withZone(ZoneId.of(WEST)));
            assertThat(east).isNotEqualTo(west);
            String eastPage = dated(EAST);
            String westPage = dated(WEST);
            // The page cache keeps one copy per zone: the second visitor does not get the first one's day.
            assertThat(eastPage).contains("date=" + east).doesNotContain("date=" + west)
                    .contains("data-zone=\"" + EAST + "\"");
            assertThat(westPage).contains("date=" + west).doesNotContain("date=" + east)
                    .contains("data-zone=\"" + WEST + "\"");
        }

        @Test
        void an_unknown_zone_falls_back_to_the_servers() throws Exception {
            LocalDate server = LocalDate.now(clock);
            assertThat(dated("Mars/Olympus_Mons")).contains("date=" + server)
                    .contains("data-zone=\"" + clock.getZone().getId() + "\"");
        }
    }
}
