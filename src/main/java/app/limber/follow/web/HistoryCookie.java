package app.limber.follow.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The browser's history identifier: 256 random bits from {@link SecureRandom}, base64url, in an HttpOnly,
 * SameSite=Lax cookie (Secure when the request came over HTTPS). Whoever holds it holds the history, which is
 * why only its hash is stored and why the restore link is shown only to the browser that has it.
 */
@Component
class HistoryCookie {

    static final String NAME = "limber_history";
    /** Browsers cap cookie lifetimes at about 400 days; every visit to the history renews it. */
    static final Duration MAX_AGE = Duration.ofDays(400);
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();

    static boolean wellFormed(String identifier) {
        return identifier != null && FORMAT.matcher(identifier).matches();
    }

    /** The identifier this browser sent, if it sent a well-formed one. */
    Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && wellFormed(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void write(String identifier, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(NAME, identifier)
                .httpOnly(true)
                .sameSite("Lax")
                .secure(request.isSecure())
                .path("/")
                .maxAge(MAX_AGE)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
