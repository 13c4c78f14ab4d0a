package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.DosageText;
import app.limber.routine.SmallCatalog;
import app.limber.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The JSON API's binding in a web slice: the same inputs as the page; bad values answered as RFC 9457 problem
 * details with one message per field. The routine is built over the small test catalog; no database.
 */
@WebSlice(RoutineApiController.class)
@Import({SmallCatalog.Builder.class, RoutineText.class, DosageText.class})
class RoutineApiControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void good_inputs_answer_the_routine_as_json() {
        MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=evening&minutes=10&place=home").exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.slot").asString().isEqualToIgnoringCase("evening");
        assertThat(result).bodyJson().extractingPath("$.blocks").asArray().isNotEmpty();
    }

    @Test
    void bad_values_are_problem_details_with_a_message_for_each_field() {
        MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=night&minutes=ten&date=2026-02-30")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(400);
        assertThat(result).bodyJson().extractingPath("$.errors.slot").asString()
                .contains("“night” is not a time of day Limber knows");
        assertThat(result).bodyJson().extractingPath("$.errors.minutes").asString()
                .contains("Choose between 5 and 45 minutes (“ten” cannot be used)");
        assertThat(result).bodyJson().extractingPath("$.errors.date").asString()
                .contains("“2026-02-30” is not a date");
    }
}
