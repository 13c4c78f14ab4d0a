package app.limber.routine.web;

import app.limber.routine.saved.SavedRoutine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A saved routine as JSON: its name and dates around the same routine object {@code /api/routines/generate}
 * answers (its {@code url} is the saved routine's page), and the slugs of any movement the catalog no longer has
 * (left out of the routine, as the page leaves them out).
 */
record SavedRoutineJson(String token, String name, String url, LocalDateTime createdAt, LocalDateTime updatedAt,
                        List<String> missing, RoutineJson routine) {

    static SavedRoutineJson of(SavedRoutine saved, RoutineText text, MessageSource messages, Locale locale) {
        String url = "/routines/" + saved.token();
        return new SavedRoutineJson(saved.token(), saved.name(), url, saved.createdAt(), saved.updatedAt(),
                List.copyOf(saved.missingSlugs()), RoutineJson.of(saved.routine(), url, text, messages, locale));
    }
}
