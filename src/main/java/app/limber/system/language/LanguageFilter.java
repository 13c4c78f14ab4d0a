package app.limber.system.language;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Works out the request's language once, before the page cache (which keeps a copy per language) and the security
 * filters (so that a page they refuse is in the visitor's language too), and gives the layout the list of
 * languages for its links.
 */
@Component
@Order(-121)
class LanguageFilter extends OncePerRequestFilter {

    /** The request attribute (and so the template variable) with every language, for the header's links. */
    static final String LANGUAGES = "languages";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Language.localeOf(request);
        request.setAttribute(LANGUAGES, Language.all());
        chain.doFilter(request, response);
    }
}
