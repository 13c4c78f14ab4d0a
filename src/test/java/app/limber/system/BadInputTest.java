package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Bad input across features: a clear 4xx, never a 500, and the bad value quoted back briefly. */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void api_errors_are_problem_details_whatever_the_client_accepts() {
        for (MediaType accept : new MediaType[] {MediaType.TEXT_HTML, MediaType.APPLICATION_XML,
                MediaType.TEXT_PLAIN, MediaType.IMAGE_PNG}) {
            MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=night").accept(accept).exchange();
            assertThat(result).as(accept.toString()).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyText().contains("\"errors\":{\"slot\"", "\"status\":400", "\"title\"", "\"detail\"");
        }
    }

    @Test
    void a_long_bad_value_is_quoted_back_cut_short() {
        String junk = "z".repeat(7000);
        MvcTestResult result = mvc.get().uri("/stretches?block=" + junk).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("“" + "z".repeat(Echo.MAX_CHARS) + "…”")
                .doesNotContain("z".repeat(Echo.MAX_CHARS + 1))
                .contains("warm-up, release, stretch, mobility, strengthening, relaxation");
    }

    @Test
    void a_long_bad_routine_input_is_quoted_back_as_every_other_bad_value() {
        String junk = "z".repeat(7000);
        MvcTestResult result = mvc.get().uri("/routines/generate?slot=evening&minutes=" + junk).exchange();
        // The message quotes it as Echo does everywhere (the form field itself keeps what was typed).
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("(“" + "z".repeat(Echo.MAX_CHARS) + "…” cannot be used)")
                .doesNotContain("“" + "z".repeat(Echo.MAX_CHARS + 1));
    }

    @Test
    void a_date_far_from_today_is_refused_not_stored_as_another_day() {
        assertThat(mvc.get().uri("/today?date=-999999999-01-01")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("too far from today");
        assertThat(mvc.get().uri("/routines/generate?slot=evening&date=1582-10-10"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("between 2000-01-01 and 2199-12-31");
        assertThat(mvc.get().uri("/api/routines/generate?date=0000-01-01")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/plan/week?date=9999-01-01")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("too far from today");
    }
}
