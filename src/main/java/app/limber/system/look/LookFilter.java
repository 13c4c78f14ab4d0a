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
    /** Well above the addresses Limber writes itself (its routine links). */
    static final int MAX_BACK = 600;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Look.of(request);
        // Only a page fetched with GET can be fetched again; after a POST the form goes home. So does it from an
        // address that is long (a pasted value, quoted back on its 400 page only cut short) or carries a path
        // parameter (";jsessionid=": Limber has no sessions and never writes one into a page).
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String back = request.getRequestURI() + (query == null ? "" : "?" + query);
            if (back.length() <= MAX_BACK && request.getRequestURI().indexOf(';') < 0) {
                request.setAttribute(BACK, back);
            }
        }
        chain.doFilter(request, response);
    }
}
