package app.limber.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Abuse limits per client address ({@code limber.limits.*}); past one, the request gets a 429 page with
 * {@code Retry-After} and nothing is stored. Each limit is a count in a window that starts at the client's first
 * counted request.
 *
 * @param tokenMisses   links with an unknown private token (saved routine, restore link) a client may try per
 *                      {@code tokenWindow} before every private link is refused to it until the window ends
 *                      (default 10 per 10 minutes: plenty for mistyped links, useless for guessing 128-bit tokens)
 * @param savedRoutines routines a client may save per {@code savedRoutinesWindow} (default 30 an hour: a clinic
 *                      behind one address making a sheet for each patient stays well under it, while one client
 *                      can add at most ~720 rows a day, a few hundred kilobytes)
 * @param loggedSessions sessions a client may log per {@code loggedSessionsWindow} (default 60 an hour: a routine
 *                      takes minutes, so even a shared address logs far fewer; the same bound on disk use)
 * @param clients       client addresses remembered per limit (default 20,000, a few megabytes at most); past it the
 *                      least recently seen is forgotten, so a flood of addresses cannot exhaust the memory
 */
@ConfigurationProperties("limber.limits")
@Validated
public record LimitSettings(
        @Min(1) @DefaultValue("10") int tokenMisses,
        @NotNull @DefaultValue("10m") Duration tokenWindow,
        @Min(1) @DefaultValue("30") int savedRoutines,
        @NotNull @DefaultValue("1h") Duration savedRoutinesWindow,
        @Min(1) @DefaultValue("60") int loggedSessions,
        @NotNull @DefaultValue("1h") Duration loggedSessionsWindow,
        @Min(100) @Max(10_000_000) @DefaultValue("20000") int clients) {

    public LimitSettings {
        for (Duration window : new Duration[] {tokenWindow, savedRoutinesWindow, loggedSessionsWindow}) {
            if (window != null && (window.isNegative() || window.isZero())) {
                throw new IllegalArgumentException("limber.limits windows must be positive, not " + window);
            }
        }
    }
}
