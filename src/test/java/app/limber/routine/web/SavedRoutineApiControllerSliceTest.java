package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Slot;
import app.limber.routine.Place;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRequest;
import app.limber.routine.saved.RecordingSavedRoutines;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A saved routine as JSON in the routine web slice (the saved routines a recording fake): whoever holds the token
 * reads it, the routine in the same shape as a generated one; an unknown token is a 404 problem detail. A deleted
 * routine's 410 needs the database: {@code SavedRoutineApiTest}.
 */
@RoutineWebSlice
class SavedRoutineApiControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordingSavedRoutines saved;

    @Test
    void the_token_reads_the_saved_routine_with_its_name_and_its_own_address() {
        RoutineRequest request = new RoutineRequest(Slot.MIDDAY, 10, Set.of(), Place.DESK, Set.of(), null,
                LocalDate.parse("2026-11-23"), 0);
        String token = saved.save("Lunch break", request);
        MvcTestResult result = mvc.get().uri("/api/routines/" + token).exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.token").isEqualTo(token);
        json.extractingPath("$.name").isEqualTo("Lunch break");
        json.extractingPath("$.url").isEqualTo("/routines/" + token);
        json.extractingPath("$.missing").asArray().isEmpty();
        json.extractingPath("$.routine.url").isEqualTo("/routines/" + token);
        json.extractingPath("$.routine.slot").isEqualTo("midday");
        json.extractingPath("$.routine.inputs.minutes").asNumber().isEqualTo(10);
        List<String> slugs = saved.get(token).routine().items().stream().map(RoutineItem::movement)
                .map(m -> m.slug()).toList();
        json.extractingPath("$.routine.blocks[*].items[*].slug").asArray().isNotEmpty()
                .containsExactlyElementsOf(slugs);
    }

    @Test
    void an_unknown_token_is_a_404_problem_detail() {
        MvcTestResult result = mvc.get().uri("/api/routines/AAAAAAAAAAAAAAAAAAAAAA").exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.status").asNumber().isEqualTo(404);
        json.extractingPath("$.title").isEqualTo("Page not found");
        json.extractingPath("$.detail").asString().contains("There is no saved routine at this link");
        json.extractingPath("$.instance").isEqualTo("/api/routines/AAAAAAAAAAAAAAAAAAAAAA");
    }
}
