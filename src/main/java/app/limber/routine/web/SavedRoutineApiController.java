package app.limber.routine.web;

import app.limber.routine.saved.SavedRoutines;
import app.limber.system.cache.CachedPage;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A saved routine as JSON, by the token in its link. The same rule as its page: whoever holds the token may read
 * it; an unknown token is a 404, a deleted routine a 410; misses count towards the client's limit on private
 * links (the {@code token} path variable, {@code ClientLimitInterceptor}).
 */
@RestController
class SavedRoutineApiController {

    private final SavedRoutines saved;
    private final RoutineText text;
    private final MessageSource messages;

    SavedRoutineApiController(SavedRoutines saved, RoutineText text, MessageSource messages) {
        this.saved = saved;
        this.text = text;
        this.messages = messages;
    }

    // Like the page: kept while the saved row has this version, never by a shared cache (a private link).
    @CachedPage(shared = false)
    @GetMapping("/api/routines/{token}")
    SavedRoutineJson saved(@PathVariable String token, Locale locale) {
        return SavedRoutineJson.of(saved.get(token), text, messages, locale);
    }
}
