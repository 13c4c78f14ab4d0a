package app.limber.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Defence in depth beside the CSRF token: a state-changing request that the browser itself marks as coming from
 * another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}), or whose {@code Origin} names another
 * host, is refused with a 403. Requests without these headers (old browsers, curl, the tests) pass on to the
 * token check.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // "none" is the user's own action (typed address, bookmark); only same-origin is a page of ours.
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameHost(origin, request);
    }

    /**
     * Compares host and port only, like the browser's own same-origin idea minus the scheme: behind a TLS proxy the
     * app may see http while the page was https. The host is the one the browser addressed ({@code Host}), or the
     * one a trusted proxy forwarded.
     */
    private static boolean sameHost(String origin, HttpServletRequest request) {
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (authority == null) {
            return false; // "null" and other opaque origins
        }
        authority = authority.toLowerCase(Locale.ROOT);
        String host = request.getHeader("Host");
        if (host != null && authority.equals(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        String server = request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        return authority.equals(server);
    }
}
