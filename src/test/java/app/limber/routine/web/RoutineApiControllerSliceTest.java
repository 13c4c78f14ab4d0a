package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Place;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRequest;
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
 * The JSON API's binding in a web slice: the same inputs as the page; bad values answered as RFC 9457 problem
 * details with one message per field. The routine is built over the small test catalog; no database.
 */
@RoutineWebSlice
class RoutineApiControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoutineBuilder builder;

    @Autowired
    java.time.Clock clock;

    @Test
    void good_inputs_as_sent_answer_the_routine_they_ask_for_as_json() {
        MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=Evening&minutes=+10&place=HOME"
                + "&equipment=chair&equipment=none&date=2026-11-23").exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.slot").isEqualTo("evening");
        json.extractingPath("$.inputs.minutes").asNumber().isEqualTo(10);
        json.extractingPath("$.inputs.place").isEqualTo("home");
        json.extractingPath("$.inputs.equipment").asArray().containsExactly("chair");
        json.extractingPath("$.inputs.date").isEqualTo("2026-11-23");
        // ±10 % of ten minutes, worked out by hand.
        json.extractingPath("$.minSeconds").asNumber().isEqualTo(540);
        json.extractingPath("$.maxSeconds").asNumber().isEqualTo(660);
        json.extractingPath("$.url")
                .isEqualTo("/routines/generate?slot=evening&minutes=10&place=home&equipment=chair&date=2026-11-23");
        // Every movement of the routine those inputs make, in its order, and its total.
        var routine = builder.build(new RoutineRequest(Slot.EVENING, 10, Set.of(Equipment.CHAIR), Place.HOME,
                Set.of(), null, LocalDate.parse("2026-11-23"), 0));
        List<String> slugs = routine.items().stream().map(RoutineItem::movement).map(m -> m.slug()).toList();
        json.extractingPath("$.blocks[*].items[*].slug").asArray().isNotEmpty().containsExactlyElementsOf(slugs);
        json.extractingPath("$.totalSeconds").asNumber().isEqualTo(routine.seconds());
    }

    @Test
    void each_movement_carries_what_someone_about_to_do_it_needs_and_the_routine_the_stop_rule() {
        MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=evening&minutes=10&place=home"
                + "&date=2026-11-23").exchange();
        var json = assertThat(result).bodyJson();
        var routine = builder.build(new RoutineRequest(Slot.EVENING, 10, Set.of(), Place.HOME, Set.of(), null,
                LocalDate.parse("2026-11-23"), 0));
        List<RoutineItem> items = routine.items();
        json.extractingPath("$.blocks[*].items[*].cautions").asArray()
                .containsExactlyElementsOf(items.stream().map(i -> i.movement().cautions()).toList());
        json.extractingPath("$.blocks[*].items[*].cues").asArray()
                .containsExactlyElementsOf(items.stream().map(i -> i.movement().cues()).toList());
        json.extractingPath("$.safety").asString().contains("Stop at once if you feel sharp pain");
        json.extractingPath("$.shortfall").isNull();
    }

    @Test
    void without_a_date_it_is_the_routine_of_the_users_today_in_the_zone_their_browser_reported() throws Exception {
        // UTC+14 and UTC-11 are 25 hours apart: their dates differ, by one day or (from 10:00 to 11:00 UTC) by two.
        // Each must be that zone's today by the application's clock.
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            LocalDate before = LocalDate.now(clock.withZone(java.time.ZoneId.of(zone)));
            LocalDate date = LocalDate.parse(date(zone));
            LocalDate after = LocalDate.now(clock.withZone(java.time.ZoneId.of(zone)));
            assertThat(date).as(zone).isBetween(before, after);
        }
        assertThat(LocalDate.parse(date("Pacific/Kiritimati"))).isAfter(LocalDate.parse(date("Pacific/Pago_Pago")));
        assertThat(date("Not/AZone")).isEqualTo(LocalDate.now(clock).toString());
    }

    private String date(String zone) throws Exception {
        MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=morning")
                .cookie(new jakarta.servlet.http.Cookie("limber_zone", zone)).exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.inputs.date");
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
