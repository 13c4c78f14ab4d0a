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

    /**
     * A reason as Tomcat or the security firewall words it, without the values it quotes in brackets or quotes
     * (a parameter's value, a piece of the address), cut short: the kind of failure is what a log needs.
     */
    public static String reason(String message) {
        if (message == null) {
            return "";
        }
        String withoutValues = message.replaceAll("\\[[^\\]]*]", "[…]").replaceAll("\"[^\"]*\"", "\"…\"");
        return Echo.shorten(withoutValues, 120);
    }

    public static String path(String uri) {
        if (uri == null) {
            return "";
        }
        String shortened = uri.length() > 200 ? uri.substring(0, 200) + "…" : uri;
        return TOKEN_SEGMENT.matcher(shortened.replaceAll("\\p{Cntrl}", "?")).replaceAll("{token}");
    }
}
