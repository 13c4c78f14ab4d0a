package app.limber.routine.web;

import app.limber.routine.RoutineBuilder;
import app.limber.routine.form.RoutineInputs;
import app.limber.system.FormBinder;
import app.limber.system.cache.CachedPage;
import app.limber.system.UserClock;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
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

    private final RoutineBuilder builder;
    private final FormBinder forms;
    private final Clock clock;
    private final RoutineText text;
    private final MessageSource messages;

    RoutineApiController(RoutineBuilder builder, FormBinder forms, Clock clock, RoutineText text,
                         MessageSource messages) {
        this.builder = builder;
        this.forms = forms;
        this.clock = clock;
        this.text = text;
        this.messages = messages;
    }

    @CachedPage
    @GetMapping("/api/routines/generate")
    RoutineJson generate(@RequestParam MultiValueMap<String, String> params, Locale locale) throws BindException {
        FormBinder.Bound<RoutineInputs> bound = forms.bind(RoutineInputs.class, RoutineInputs.NAME, params);
        if (!bound.ok()) {
            throw new BindException(bound.errors());
        }
        return RoutineJson.of(builder.build(bound.form().request(UserClock.ofCurrentRequest(clock))), text, messages, locale);
    }
}
