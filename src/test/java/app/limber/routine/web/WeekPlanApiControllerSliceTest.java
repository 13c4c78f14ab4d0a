package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Slot;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineItem;
import app.limber.routine.form.DayInputs;
import java.time.Clock;
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
 * The week plan as JSON in the routine web slice: the same inputs as the week plan page, checked the same way;
 * seven days of the three routines the builder makes for each; bad values as problem details, one message each.
 */
@RoutineWebSlice
class WeekPlanApiControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoutineBuilder builder;

    @Autowired
    Clock clock;

    @Test
    void seven_days_from_the_date_each_with_the_morning_midday_and_evening_routines_the_builder_makes() {
        MvcTestResult result = mvc.get().uri("/api/plans/week?minutes=10&morningMinutes=5&eveningPlace=home"
                + "&equipment=chair&date=2026-11-23").exchange();
        assertThat(result).hasStatus(HttpStatus.OK).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.start").isEqualTo("2026-11-23");
        json.extractingPath("$.end").isEqualTo("2026-11-29");
        json.extractingPath("$.url").isEqualTo("/plan/week?minutes=10&morningMinutes=5&eveningPlace=home"
                + "&equipment=chair&date=2026-11-23");
        json.extractingPath("$.days[*].date").asArray().containsExactly("2026-11-23", "2026-11-24", "2026-11-25",
                "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29");
        json.extractingPath("$.days[0].weekday").isEqualTo("Monday");
        json.extractingPath("$.days[2].routines[*].slot").asArray().containsExactly("morning", "midday", "evening");
        // A time of day's own minutes and place win over the day's.
        json.extractingPath("$.days[2].routines[*].inputs.minutes").asArray().containsExactly(5, 10, 10);
        json.extractingPath("$.days[2].routines[2].inputs.place").isEqualTo("home");
        // Wednesday evening is the routine the builder makes for those inputs on that day, movement for movement.
        DayInputs inputs = new DayInputs(10, null, 5, null, null, null, null,
                app.limber.routine.Place.HOME, Set.of(app.limber.catalog.Equipment.CHAIR), Set.of(), null, null);
        LocalDate wednesday = LocalDate.parse("2026-11-25");
        var routine = builder.build(inputs.forSlot(Slot.EVENING, wednesday).request(clock));
        List<String> slugs = routine.items().stream().map(RoutineItem::movement).map(m -> m.slug()).toList();
        json.extractingPath("$.days[2].routines[2].blocks[*].items[*].slug").asArray().isNotEmpty()
                .containsExactlyElementsOf(slugs);
        json.extractingPath("$.days[2].routines[2].totalSeconds").asNumber().isEqualTo(routine.seconds());
    }

    @Test
    void the_weekdays_follow_the_requests_language() {
        MvcTestResult result = mvc.get().uri("/api/plans/week?date=2026-11-23").header("Accept-Language", "es")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.days[0].weekday").isEqualTo("lunes");
    }

    @Test
    void bad_values_are_problem_details_with_a_message_for_each_field() {
        MvcTestResult result = mvc.get().uri("/api/plans/week?eveningMinutes=60&focus=toes&date=2026-02-30")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.status").asNumber().isEqualTo(400);
        json.extractingPath("$.type").isEqualTo("https://www.rfc-editor.org/rfc/rfc9110#status.400");
        json.extractingPath("$.instance").isEqualTo("/api/plans/week");
        json.extractingPath("$.errors.eveningMinutes").asString().contains("Choose between 5 and 45");
        json.extractingPath("$.errors.focus").asString().contains("“toes”");
        json.extractingPath("$.errors.date").asString().contains("“2026-02-30” is not a date");
    }
}
