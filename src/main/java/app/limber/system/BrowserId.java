package app.limber.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * The browser's identifier: 256 random bits from {@link SecureRandom}, base64url, in an HttpOnly, SameSite=Lax
 * cookie (Secure when the request came over HTTPS). There are no accounts: this one cookie is what makes a
 * history or a list of saved routines "this browser's", so every feature reads the same one. Whoever holds it
 * holds what it owns, which is why the database keeps only its SHA-256 ({@link Sha256}) and why the history's
 * restore link is shown only to the browser that has it. No server state: any instance can read it.
 */
public final class BrowserId {

    /** The name it had when only the history used it; kept, so existing browsers keep what they own. */
    public static final String COOKIE = "limber_history";
    /** Browsers cap cookie lifetimes at about 400 days; visits to a page of one's own renew it. */
    public static final Duration MAX_AGE = Duration.ofDays(400);
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserId() {
    }

    public static boolean wellFormed(String identifier) {
        return identifier != null && FORMAT.matcher(identifier).matches();
    }

    /** The identifier this browser sent, if it sent a well-formed one. */
    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && wellFormed(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public static String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The browser's identifier, issued (and its cookie written) when it has none yet; renewed either way. */
    public static String readOrIssue(HttpServletRequest request, HttpServletResponse response) {
        String identifier = read(request).orElseGet(BrowserId::issue);
        write(identifier, request, response);
        return identifier;
    }

    public static void write(String identifier, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE,
                SiteCookies.serverOnly(COOKIE, identifier, MAX_AGE, request).toString());
    }
}
