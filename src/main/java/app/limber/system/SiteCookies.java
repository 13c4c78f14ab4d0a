package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * Limber's cookies, written one way: for the whole site, sent along on first-party navigation only (Lax), Secure
 * when the request came over HTTPS, and out of scripts' reach unless a script must read one.
 */
public final class SiteCookies {

    private SiteCookies() {
    }

    /** A cookie only the server reads (the browser's identifier, flash messages, the language). */
    public static ResponseCookie serverOnly(String name, String value, Duration maxAge, HttpServletRequest request) {
        return site(name, value, maxAge, request).httpOnly(true).build();
    }

    /** A cookie a script reads too (the look, which look.js applies at once without a round trip). */
    public static ResponseCookie scriptReadable(String name, String value, Duration maxAge,
                                                HttpServletRequest request) {
        return site(name, value, maxAge, request).build();
    }

    private static ResponseCookie.ResponseCookieBuilder site(String name, String value, Duration maxAge,
                                                             HttpServletRequest request) {
        return ResponseCookie.from(name, value).path("/").sameSite("Lax").secure(request.isSecure()).maxAge(maxAge);
    }
}
