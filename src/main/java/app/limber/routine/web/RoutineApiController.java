package app.limber.routine.web;

import app.limber.routine.form.RoutineInputs;
import app.limber.system.FormBinder;
import app.limber.system.cache.CachedPage;
import app.limber.system.UserClock;
import java.time.Clock;
import java.util.Locale;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The generated routine as JSON, with the same parameters as the page. Bad values come back as a 400 with one
 * message per field (through {@code ApiErrorAdvice}).
 */
@RestController
class RoutineApiController {

    private final FormBinder forms;
    private final Clock clock;
    private final RoutineJsonFactory routineJson;

    RoutineApiController(FormBinder forms, Clock clock, RoutineJsonFactory routineJson) {
        this.forms = forms;
        this.clock = clock;
        this.routineJson = routineJson;
    }

    @CachedPage
    @GetMapping("/api/routines/generate")
    RoutineJson generate(@RequestParam MultiValueMap<String, String> params, Locale locale) throws BindException {
        RoutineInputs inputs = forms.bind(RoutineInputs.class, RoutineInputs.NAME, params).formOrThrow();
        return routineJson.generate(inputs.request(UserClock.ofCurrentRequest(clock)), locale);
    }
}
