package app.limber.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The user's clock: the application's clock seen from the time zone the browser reported, so "today" and the
 * default time of day are the user's and not the server's. The page's script ({@code js/zone.js}) keeps the browser's
 * zone in a cookie; a missing or unknown zone falls back to the server's own.
 */
public final class UserClock {

    /** The cookie zone.js writes: an IANA zone name such as {@code Europe/Paris}. */
    public static final String COOKIE = "limber_zone";
    /** What an IANA zone name (or "UTC") can hold; anything else is not even looked up. */
    private static final Pattern ZONE_NAME = Pattern.compile("[A-Za-z0-9_+\\-/]{1,64}");

    private UserClock() {
    }

    /** The clock in the request's zone, or the application's clock (the server's zone) when it sent none. */
    public static Clock of(Clock clock, HttpServletRequest request) {
        return zone(request).map(clock::withZone).orElse(clock);
    }

    /**
     * The clock of the request being answered on this thread (services called from a page or the API: the player's
     * and the sheet's routine of "today"), or the application's clock outside a request.
     */
    public static Clock ofCurrentRequest(Clock clock) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(clock, attributes.getRequest());
        }
        return clock;
    }

    /** The zone the request's cookie names, if it is a zone Java knows. */
    public static Optional<ZoneId> zone(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** A zone name as the browser reports it; anything else (an offset, a made-up region, junk) is no zone. */
    static Optional<ZoneId> parse(String value) {
        if (value == null || !ZONE_NAME.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
