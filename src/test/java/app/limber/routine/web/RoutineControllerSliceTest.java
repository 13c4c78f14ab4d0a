package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}
