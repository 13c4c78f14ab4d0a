package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Request paths as they may appear in a log: private tokens (a saved routine's link, a history restore link) are
 * replaced by a placeholder, because whoever reads the log must not gain the links it mentions.
 */
public final class LogSafe {

    /** A path segment long enough to be one of Limber's random tokens (22 or 43 base64url characters). */
    private static final Pattern TOKEN_SEGMENT = Pattern.compile("(?<=/)[A-Za-z0-9_-]{20,}(?=/|$)");

    private LogSafe() {
    }

    /** The request's path without its query (which may carry personal input) and with tokens hidden. */
    public static String path(HttpServletRequest request) {
        return path(request.getRequestURI());
    }

    public static String path(String uri) {
        if (uri == null) {
            return "";
        }
        String shortened = uri.length() > 200 ? uri.substring(0, 200) + "…" : uri;
        return TOKEN_SEGMENT.matcher(shortened.replaceAll("\\p{Cntrl}", "?")).replaceAll("{token}");
    }
}
