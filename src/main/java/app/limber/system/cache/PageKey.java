package app.limber.system.cache;

import app.limber.system.UserClock;
import app.limber.system.language.Language;
import app.limber.system.look.Look;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Everything a {@link CachedPage} may depend on, taken from the request as it arrived (after the trusted-proxy
 * valve): scheme, host and port (absolute links), the raw path and query (no decoding, so a cached copy is only
 * ever served for an address that already passed the security firewall once), the page's language and country
 * ({@link Language#localeOf}: one of Limber's languages, from the language cookie or {@code Accept-Language}, with
 * the browser's country, so never more copies than languages times countries), the visitor's time zone
 * ({@link UserClock}) and the hour there (today's date for the day's plan and every routine's date default, and
 * the time of day for a routine's default slot, are the visitor's), and
 * the visitor's {@link Look} (its colours and text size are written on {@code <html>}; one of nine known values, so
 * a made-up cookie cannot multiply the copies).
 */
record PageKey(String scheme, String host, int port, String path, String query, String language, ZoneId zone,
               LocalDateTime hour, String look) {

    static PageKey of(HttpServletRequest request, Clock clock) {
        Clock user = UserClock.of(clock, request);
        return new PageKey(request.getScheme(), request.getServerName(), request.getServerPort(),
                request.getRequestURI(), request.getQueryString(), Language.localeOf(request).toLanguageTag(),
                user.getZone(), LocalDateTime.now(user).truncatedTo(ChronoUnit.HOURS), Look.of(request).value());
    }

    /** Roughly what the key holds in memory, for the cache's weight. */
    int weight() {
        return 64 + 2 * (host.length() + path.length() + look.length() + (query == null ? 0 : query.length())
                + (language == null ? 0 : language.length()));
    }
}
