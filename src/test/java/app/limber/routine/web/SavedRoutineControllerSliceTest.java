package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.catalog.Slot;
import app.limber.routine.form.RoutineInputs;
import app.limber.routine.saved.RecordingSavedRoutines;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * SavedRoutineController's binding in a web slice: the save form's name and a dose change's figures. A good one
 * reaches the saved routines; a bad one is a 400 page saying what was wrong, and nothing reaches them. The saved
 * routines are a recording fake over the small test catalog; no database.
 */
@RoutineWebSlice
class SavedRoutineControllerSliceTest {

    private static final String INPUTS = "slot=morning&minutes=10";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordingSavedRoutines saved;

    @BeforeEach
    void nothingRecordedYet() {
        saved.clear();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_good_name_saves_the_routine() {
        MvcTestResult result = mvc.post().uri("/routines?" + INPUTS).param("name", "  Wake up ").with(csrf())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getRedirectedUrl()).matches("/routines/[A-Za-z0-9_-]{22}");
        assertThat(saved.calls()).containsExactly("save Wake up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn", "a\u0000b"})
    void a_bad_name_is_a_400_routine_page_with_the_error_at_the_name(String name) throws Exception {
        MvcTestResult result = mvc.post().uri("/routines?" + INPUTS).param("name", name).with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("routine/show");
        assertThat(body(result)).containsPattern("<p class=\"field-error\">(Give the routine a name of 1 to 80 "
                + "characters\\.|The name contains a control character)");
        assertThat(saved.calls()).isEmpty();
    }

    private String savedMorning() {
        return saved.save("Morning", new RoutineInputs(Slot.MORNING, 10, null, null, null, null, null, null)
                .request(Clock.systemUTC()));
    }

    private String firstSlug(String token) {
        return saved.get(token).routine().items().get(0).movement().slug();
    }

    @Test
    void good_figures_reach_the_dose_change() {
        String token = savedMorning();
        String slug = firstSlug(token);
        saved.clear();
        MvcTestResult result = mvc.post().uri("/routines/" + token + "/items/" + slug + "/dose")
                .param("sets", " 2 ").with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/routines/" + token + "#item-" + slug);
        assertThat(saved.calls()).containsExactly("dose " + slug + " null null 2 null");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "reps|lots|“lots” cannot be used for the reps: it must be a whole number.",
            "hold|1.5|“1.5” cannot be used for the hold: it must be a whole number.",
            "sets|two|“two” cannot be used for the sets: it must be a whole number.",
            "duration|30s|“30s” cannot be used for the duration: it must be a whole number."})
    void a_figure_that_is_not_a_whole_number_is_a_400_page_saying_so(String field, String value, String message)
            throws Exception {
        String token = savedMorning();
        saved.clear();
        MvcTestResult result = mvc.post().uri("/routines/" + token + "/items/" + firstSlug(token) + "/dose")
                .param(field, value).with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("routine/saved");
        assertThat(body(result)).contains(message);
        assertThat(saved.calls()).isEmpty();
    }
}
