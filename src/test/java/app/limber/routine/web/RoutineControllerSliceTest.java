package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.routine.SlotCharacter;
import app.limber.routine.SlotDefaults;
import app.limber.system.EnumParams;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * RoutineController's binding in a web slice: the routine inputs as the URL sends them, each kind of bad value
 * answered with a 400 form page that names the field and says what was wrong. The routine is built over the small
 * test catalog; no database.
 */
@RoutineWebSlice
class RoutineControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void good_inputs_show_the_routine() throws Exception {
        MvcTestResult result = mvc.get().uri("/routines/generate?slot=evening&minutes=10&place=home").exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasViewName("routine/show");
        assertThat(body(result)).doesNotContain("class=\"field-error\"").contains("name=\"minutes\" value=\"10\"");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "minutes|ten|Choose between 5 and 45 minutes (“ten” cannot be used). Give a whole number.",
            "minutes|99|Choose between 5 and 45 minutes (“99” cannot be used). Give a whole number.",
            "slot|night|“night” is not a time of day Limber knows. Choose from: morning, midday, evening.",
            "place|moon|“moon” is not a place Limber knows.",
            "date|2026-02-30|“2026-02-30” is not a date. Use the form 2026-11-23.",
            "date|1999-01-01|“1999-01-01” is too far from today: plan for a day between",
            "shuffle|-1|Choose between 0 and 9999 as the shuffle number (“-1” cannot be used)."})
    void each_kind_of_bad_value_is_a_400_form_page_naming_the_field(String field, String value, String message)
            throws Exception {
        for (String path : new String[] {"/routines/generate", "/routines/new"}) {
            String others = field.equals("slot") ? "" : "slot=evening&";
            MvcTestResult result = mvc.get().uri(path + "?" + others + field + "=" + value).exchange();
            assertThat(result).as(path).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("routine/new");
            String page = body(result);
            // In the summary, linked to the field, and next to the field itself.
            assertThat(page).as(path).contains("href=\"#field-" + field + "\"")
                    .containsPattern("<p class=\"field-error\"[^>]*>" + java.util.regex.Pattern.quote(message));
        }
    }

    /** After a refused value the form comes back with every other value as given, or its default. */
    @Nested
    class AfterABadValue {

        @Autowired
        Clock clock;

        private String refused(String uri) throws Exception {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("routine/new");
            return body(result);
        }

        @Test
        void the_place_given_stays_chosen_and_only_the_bad_fields_are_marked() throws Exception {
            String html = refused("/routines/generate?slot=noon&minutes=500&place=home");
            assertThat(html).contains("name=\"place\" value=\"home\" checked=\"checked\"")
                    .contains("value=\"500\"").doesNotContain("name=\"slot\" value=\"morning\" checked")
                    .contains("id=\"field-slot\" class=\"has-error\"", "id=\"field-minutes\" class=\"has-error\"");
            assertThat(Pattern.compile("has-error").matcher(html).results().count()).isEqualTo(2);
        }

        @Test
        void a_place_left_out_is_the_time_of_days_default() throws Exception {
            String html = refused("/routines/generate?slot=midday&minutes=500");
            assertThat(html).contains("name=\"slot\" value=\"midday\" checked=\"checked\"")
                    .contains("name=\"place\" value=\"desk\" checked=\"checked\"");
        }

        @Test
        void a_time_of_day_left_out_is_the_clocks_with_its_minutes_and_place() throws Exception {
            String html = refused("/routines/new?place=moon");
            SlotCharacter now = SlotCharacter.of(SlotDefaults.slotAt(LocalTime.now(clock)));
            assertThat(html).contains("name=\"slot\" value=\"" + EnumParams.toParam(now.slot()) + "\" checked=\"checked\"")
                    .containsPattern("name=\"minutes\"[^>]*value=\"" + now.defaultMinutes() + "\"")
                    .doesNotContain("name=\"place\" value=\"desk\" checked", "name=\"place\" value=\"home\" checked");
        }
    }
}
