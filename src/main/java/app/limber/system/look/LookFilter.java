package app.limber.system.look;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's {@link Look} and the address to come back to after changing it on the request, for the
 * layout: the server writes {@code data-theme} and {@code data-text} on {@code <html>}, so the first paint is
 * right without a script, and the look form works without one. Before the page cache (which keeps one copy per
 * look) and before the security filters, so that a page refused by them (a 403) is drawn in the visitor's look too.
 */
@Component
@Order(-120)
class LookFilter extends OncePerRequestFilter {

    /** The request attribute with the address (path and query) the look form returns to. */
    static final String BACK = "lookBack";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Look.of(request);
        // Only a page fetched with GET can be fetched again; after a POST the form goes home.
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.setAttribute(BACK, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        chain.doFilter(request, response);
    }
}
