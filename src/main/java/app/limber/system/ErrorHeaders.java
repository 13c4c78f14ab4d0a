package app.limber.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The browser-security headers of every error page. Spring Security writes them on ordinary responses, but an
 * error page can be written where its filter never ran: after the firewall refused the request, on the error
 * dispatch (its header filter runs once per request and skips it), or by Tomcat itself for a request it could not
 * read. SecurityConfig sends the same values on ordinary pages; a test compares the two.
 */
final class ErrorHeaders {

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    private ErrorHeaders() {
    }

    /** Adds each header the response does not carry yet (a page may have set a stricter one of its own). */
    static void addMissing(HttpServletResponse response) {
        setIfAbsent(response, "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", REFERRER_POLICY);
        setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
        // An error answer is about this one request: never worth keeping.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
