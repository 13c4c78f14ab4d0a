package app.limber.follow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.catalog.Slot;
import app.limber.follow.RecordingHistory;
import app.limber.follow.SessionEntry;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The session log's binding in a web slice: a good log reaches the history as a parsed entry; each kind of bad
 * value is a 400 page naming the field and saying what was wrong, and nothing reaches the history. The history
 * is a recording fake and the movements come from the small test catalog; no database.
 */
@FollowWebSlice
class HistoryControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordingHistory history;

    @BeforeEach
    void nothingLoggedYet() {
        history.clear();
    }

    private static Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("routinePath", "/routines/generate?slot=evening&minutes=5");
        form.put("routineName", "Evening routine");
        form.put("slot", "evening");
        form.put("plannedSeconds", "300");
        form.put("durationSeconds", "290");
        form.put("zone", "Europe/Berlin");
        form.put("before", "6");
        form.put("movement", "shoulder-rolls,neck-circles,cat-cow");
        form.put("done", "shoulder-rolls,cat-cow");
        return form;
    }

    private MvcTestResult post(Map<String, String> form) {
        var request = mvc.post().uri("/history/sessions").with(csrf());
        // A comma separates the values of a repeated field (movement, done); no other value here has one.
        form.forEach((name, value) -> request.param(name, value.isEmpty() ? new String[] {""} : value.split(",")));
        return request.exchange();
    }

    @Test
    void a_good_log_reaches_the_history_parsed() {
        MvcTestResult result = post(valid());
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history");
        assertThat(history.logged()).containsExactly(new SessionEntry("/routines/generate?slot=evening&minutes=5",
                "Evening routine", Slot.EVENING, 300, 290, ZoneId.of("Europe/Berlin"), 6, null,
                List.of("shoulder-rolls", "neck-circles", "cat-cow"), Set.of("shoulder-rolls", "cat-cow")));
    }

    @Test
    void a_finished_movement_break_is_logged_with_its_page_and_a_changed_link_is_refused() {
        Map<String, String> form = valid();
        form.put("routinePath", "/reminders/break");
        form.put("routineName", "Movement break");
        form.put("slot", "midday");
        form.put("movement", "shoulder-rolls,arm-circles");
        form.put("done", "shoulder-rolls,arm-circles");
        assertThat(post(form)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history");
        assertThat(history.logged()).extracting(SessionEntry::routinePath).containsExactly("/reminders/break");
        for (String changed : List.of("/reminders/break?slot=evening", "/reminders/breaks", "/reminders")) {
            form.put("routinePath", changed);
            assertThat(post(form)).as(changed).hasStatus(HttpStatus.BAD_REQUEST);
        }
        assertThat(history.logged()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "durationSeconds|0|Choose between 1 and 10800 seconds for the duration (“0” cannot be used).",
            "plannedSeconds|soon|Choose between 1 and 10800 seconds for the planned time (“soon” cannot be used).",
            "durationSeconds||Nothing was given for seconds for the duration.",
            "slot|night|“night” is not a time of day Limber knows.",
            "zone|Mars/Olympus_Mons|“Mars/Olympus_Mons” is not a known time zone.",
            "routinePath|https://evil.example/|The routine link is missing or is not a Limber routine page.",
            "routineName||The routine name is missing or longer than 160 characters.",
            "movement|shoulder-rolls,no-such-stretch|“no-such-stretch” is not a movement in the catalog.",
            "movement|cat-cow,shoulder-rolls,cat-cow|“cat-cow” is listed twice among the movements.",
            "done|neck-circles,arm-circles|“arm-circles” is marked done but is not one of this session&#39;s movements."})
    void each_kind_of_bad_value_is_a_400_page_naming_the_field_and_nothing_is_logged(String field, String value,
                                                                                   String message)
            throws Exception {
        Map<String, String> form = valid();
        form.put(field, value == null ? "" : value);
        MvcTestResult result = post(form);
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("follow/rejected");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<li data-field=\"" + field + "\">" + message);
        assertThat(history.logged()).isEmpty();
    }
}
