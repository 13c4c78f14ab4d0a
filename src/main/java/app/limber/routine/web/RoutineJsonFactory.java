package app.limber.routine.web;

import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the routine a request asks for and writes it as JSON: what the routine API and the week plan API answer. */
@Component
class RoutineJsonFactory {

    private final RoutineBuilder builder;
    private final RoutineText text;
    private final MessageSource messages;

    RoutineJsonFactory(RoutineBuilder builder, RoutineText text, MessageSource messages) {
        this.builder = builder;
        this.text = text;
        this.messages = messages;
    }

    /** The generated routine, its texts in the reader's language, its address the routine page for the request. */
    RoutineJson generate(RoutineRequest request, Locale locale) {
        return RoutineJson.of(builder.build(request), text, messages, locale);
    }
}
