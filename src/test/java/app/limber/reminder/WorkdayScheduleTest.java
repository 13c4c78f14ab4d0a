package app.limber.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java half of the workday break rule against the cases the JavaScript half is tested on too
 * (src/test/resources/reminder/schedule-cases.json, read by src/test/js/reminders-schedule.test.js): the calendar
 * file and the browser's reminders must agree on every break.
 */
class WorkdayScheduleTest {

    static JsonNode cases() throws IOException {
        try (InputStream in = WorkdayScheduleTest.class.getResourceAsStream("/reminder/schedule-cases.json")) {
            return JsonMapper.builder().build().readTree(in).get("cases");
        }
    }

    static WorkdaySchedule schedule(JsonNode settings) {
        List<WorkdaySchedule.Quiet> quiet = new ArrayList<>();
        settings.get("quiet").forEach(q -> quiet.add(new WorkdaySchedule.Quiet(LocalTime.parse(q.get("from").asString()),
                LocalTime.parse(q.get("to").asString()))));
        return new WorkdaySchedule(Set.of(DayOfWeek.MONDAY), LocalTime.parse(settings.get("start").asString()),
                LocalTime.parse(settings.get("end").asString()), settings.get("every").asInt(),
                settings.get("stretch").asInt(), quiet);
    }

    @TestFactory
    Stream<DynamicTest> gives_the_same_breaks_as_the_browser_for_every_shared_case() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> {
                List<String> expected = new ArrayList<>();
                c.get("breaks").forEach(b -> expected.add(b.asString()));
                List<String> actual = schedule(c.get("settings")).breaks().stream()
                        .map(b -> b.time() + " " + b.kind().name().toLowerCase(Locale.ROOT)).toList();
                assertThat(actual).containsExactlyElementsOf(expected);
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }
}
