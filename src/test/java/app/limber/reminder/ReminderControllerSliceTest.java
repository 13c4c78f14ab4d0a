package app.limber.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import app.limber.routine.SmallCatalog;
import app.limber.system.Pages;
import app.limber.system.PublicUrls;
import app.limber.system.WebSlice;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The reminder pages in a web slice: the settings form with the articles' defaults, the calendar download for good
 * settings, and for each bad one the settings page again (400, in the site's layout) saying what was wrong beside
 * its field. The movement break page lists the catalog's standing moves. No database: the catalog is a mock over
 * the small test catalog.
 */
@WebSlice(ReminderController.class)
@Import({WorkdayCalendar.class, PublicUrls.class})
class ReminderControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Catalog catalog;

    @BeforeEach
    void smallCatalog() {
        when(catalog.find(anyString())).thenAnswer(call -> SmallCatalog.movements().stream()
                .filter(m -> m.slug().equals(call.getArgument(0))).findFirst());
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    private static String page(MvcTestResult result) throws Exception {
        return Pages.unescaped(result);
    }

    @Test
    void the_settings_page_starts_from_the_articles_hour_and_limbers_three_hours_on_weekdays() throws Exception {
        MvcTestResult result = get("/reminders");
        assertThat(result).hasStatus(HttpStatus.OK);
        String page = page(result);
        assertThat(page).contains("Workday break reminders", "How to Loosen Tight Upper Back Muscles",
                        "three hours is Limber’s default")
                .contains("value=\"monday\" checked", "value=\"friday\" checked")
                .doesNotContain("value=\"saturday\" checked", "value=\"sunday\" checked")
                .contains("name=\"every\"", "value=\"60\"", "name=\"stretch\"", "value=\"180\"")
                .contains("action=\"/reminders/workday.ics\"")
                .containsPattern("src=\"/js/reminders-settings-[0-9a-f]+\\.js\"")
                .containsPattern("src=\"/js/reminders-[0-9a-f]+\\.js\"")
                // The banner every page carries, with the routine a stretch break opens.
                .contains("id=\"reminder-banner\"", "data-move-url=\"/routines/break/follow\"",
                        "data-stretch-url=\"/routines/generate/follow?slot=midday&minutes=5&place=desk\"");
    }

    @Test
    void good_settings_download_a_calendar_of_weekly_breaks() throws Exception {
        MvcTestResult result = get("/reminders/workday.ics?day=monday&day=wednesday&start=08:30&end=12:30"
                + "&every=60&stretch=120&zone=Europe/Paris");
        assertThat(result).hasStatus(HttpStatus.OK).hasContentType("text/calendar;charset=UTF-8");
        assertThat(result).headers().hasValue(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"limber-workday-breaks.ics\"");
        String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:", "T093000", "T103000", "T113000",
                        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "BEGIN:VTIMEZONE")
                .doesNotContain("METHOD:");
    }

    @Test
    void a_bare_link_downloads_the_default_schedule_in_the_zone_the_browser_reported() throws Exception {
        MvcTestResult result = mvc.get().uri("/reminders/workday.ics")
                .cookie(new jakarta.servlet.http.Cookie("limber_zone", "America/Chicago")).exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasContentType("text/calendar;charset=UTF-8");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("DTSTART;TZID=America/Chicago:", "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "every=5&zone=UTC | Choose between 15 and 240 minutes between movement breaks",
            "stretch=-1&zone=UTC | Choose between 0 and 480 minutes between stretch breaks",
            "start=25:00&zone=UTC | “25:00” is not a time for the start of work",
            "start=17:00&end=09:00&zone=UTC | Work must end after it starts",
            "quietFrom=12:00&zone=UTC | A quiet time needs both a start and an end",
            "zone=Mars/Olympus | “Mars/Olympus” is not a known time zone",
            "start=09:00&zone= | Nothing was given for the time zone",
            "day=funday&zone=UTC | “funday” is not the work days Limber knows"})
    void a_bad_setting_brings_the_form_back_saying_what_is_wrong(String query, String message) throws Exception {
        MvcTestResult result = get("/reminders/workday.ics?" + query);
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        String page = page(result);
        assertThat(page).contains("class=\"site-header\"", "Some settings cannot be used:", message)
                .contains("action=\"/reminders/workday.ics\"");
    }

    @Test
    void a_zone_java_knows_but_no_calendar_defines_is_refused_on_the_form() throws Exception {
        MvcTestResult result = mvc.get().uri("/reminders/workday.ics").param("zone", "+05:00").exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(page(result)).contains("Limber has no calendar definition for the time zone “+05:00”");
    }

    @Test
    void the_form_that_comes_back_shows_what_was_sent() throws Exception {
        String page = page(get("/reminders/workday.ics?day=saturday&start=07:15&end=25:00&every=45&zone=UTC"));
        assertThat(page).contains("value=\"saturday\" checked", "value=\"07:15\"", "value=\"25:00\"", "value=\"45\"")
                .doesNotContain("value=\"monday\" checked");
    }

    @Test
    void the_movement_break_page_lists_standing_moves_and_leads_to_the_player_and_the_desk_routine() throws Exception {
        MvcTestResult result = get("/reminders/break");
        assertThat(result).hasStatus(HttpStatus.OK);
        String page = page(result);
        for (String slug : ReminderController.BREAK_MOVES) {
            Optional<Movement> move = SmallCatalog.movements().stream().filter(m -> m.slug().equals(slug)).findFirst();
            move.ifPresent(m -> assertThat(page).contains(m.name(), "href=\"/stretches/" + slug + "\""));
        }
        assertThat(page).contains("Stand up and move for a minute or two")
                .contains("<a class=\"button\" href=\"/routines/break/follow\">Follow it in the player (2 min)</a>")
                .contains("href=\"/routines/generate/follow?slot=midday&minutes=5&place=desk\"");
    }
}
