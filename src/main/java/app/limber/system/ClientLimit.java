package app.limber.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that stores something per request: each client may make so many such requests per window
 * ({@link LimitSettings}). A request counts only when it succeeds (answers with a redirect, as post/redirect/get
 * does); past the limit it is refused with 429 before the handler runs, so nothing is stored.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ClientLimit {

    Kind value();

    enum Kind {
        SAVED_ROUTINES,
        LOGGED_SESSIONS
    }
}
