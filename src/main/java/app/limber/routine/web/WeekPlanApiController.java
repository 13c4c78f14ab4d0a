package app.limber.routine.web;

import app.limber.catalog.Slot;
import app.limber.routine.form.DayInputs;
import app.limber.system.FormBinder;
import app.limber.system.UserClock;
import app.limber.system.cache.CachedPage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The week plan as JSON, from the same inputs as its page ({@code /plan/week}, {@link DayInputs}) checked the
 * same way; bad values come back as a 400 with one message per field, as for {@code /api/routines/generate}.
 */
@RestController
class WeekPlanApiController {

    static final int DAYS = 7;

    private final FormBinder forms;
    private final Clock clock;
    private final RoutineJsonFactory routineJson;

    WeekPlanApiController(FormBinder forms, Clock clock, RoutineJsonFactory routineJson) {
        this.forms = forms;
        this.clock = clock;
        this.routineJson = routineJson;
    }

    // Not shared with proxies: without a date the week starts on the visitor's today (their zone's cookie).
    @CachedPage(shared = false)
    @GetMapping("/api/plans/week")
    WeekPlanJson week(@RequestParam MultiValueMap<String, String> params, Locale locale) throws BindException {
        return plan(forms.bind(DayInputs.class, DayInputs.NAME, params).formOrThrow(), locale);
    }

    WeekPlanJson plan(DayInputs inputs, Locale locale) {
        Clock userClock = UserClock.ofCurrentRequest(clock);
        LocalDate start = inputs.date() == null ? LocalDate.now(userClock) : inputs.date();
        List<WeekPlanJson.Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = start.plusDays(i);
            List<RoutineJson> routines = new ArrayList<>();
            for (Slot slot : Slot.values()) {
                routines.add(routineJson.generate(inputs.forSlot(slot, date).request(userClock), locale));
            }
            days.add(new WeekPlanJson.Day(date, date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                    routines));
        }
        return new WeekPlanJson(start, start.plusDays(DAYS - 1), inputs.withDate(start).link("/plan/week"), days);
    }
}
