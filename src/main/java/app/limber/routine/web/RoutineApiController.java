package app.limber.routine.web;

import app.limber.routine.RoutineBuilder;
import app.limber.system.cache.CachedPage;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The generated routine as JSON, with the same parameters as the page. Bad values come back as a 400 with one
 * message per field (through {@code ApiErrorAdvice}).
 */
@RestController
class RoutineApiController {

    private final RoutineBuilder builder;
    private final Clock clock;
    private final RoutineText text;
    private final MessageSource messages;

    RoutineApiController(RoutineBuilder builder, Clock clock, RoutineText text, MessageSource messages) {
        this.builder = builder;
        this.clock = clock;
        this.text = text;
        this.messages = messages;
    }

    @CachedPage
    @GetMapping("/api/routines/generate")
    RoutineJson generate(RoutineForm form, Locale locale) throws BindException {
        RoutineInputs.Parsed parsed = RoutineInputs.parse(form, clock);
        if (!parsed.ok()) {
            throw new BindException((BindingResult) parsed.errors());
        }
        return RoutineJson.of(builder.build(parsed.request()), text, messages, locale);
    }
}
