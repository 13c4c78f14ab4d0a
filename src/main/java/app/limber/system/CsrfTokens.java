package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.stereotype.Component;

/**
 * The CSRF token of a page served without the security filters (a cached copy, see
 * {@code app.limber.system.cache.PageCache}): the same cookie repository and masking handler the filters use, so
 * the token is minted, stored and masked exactly as on a rendered page.
 */
@Component
public class CsrfTokens {

    /** The masked value to put in the page's forms, and the visitor's own (unmasked) token. */
    public record PageToken(String masked, String raw) {
    }

    private static final String NOT_NEEDED = CsrfTokens.class.getName() + ".notNeeded";

    private final CsrfTokenRepository repository;
    private final CsrfTokenRequestHandler handler;

    CsrfTokens(CsrfTokenRepository repository, CsrfTokenRequestHandler handler) {
        this.repository = repository;
        this.handler = handler;
    }

    /** The visitor's token masked afresh; a visitor without one gets a new one and its cookie. */
    public PageToken forPage(HttpServletRequest request, HttpServletResponse response) {
        DeferredCsrfToken deferred = repository.loadDeferredToken(request, response);
        handler.handle(request, response, deferred::get);
        CsrfToken masked = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new PageToken(masked.getToken(), deferred.get().getToken());
    }

    /**
     * The masked token the page rendered in this request carries, if the security filters handed it one (every
     * page with a view asks for it before rendering, see CsrfTokenBeforeRendering).
     */
    public static Optional<PageToken> rendered(HttpServletRequest request) {
        // Asking a page for everyone would mint a token (and a cookie) it never needed.
        if (!isNotNeeded(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken masked
                && request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken raw) {
            return Optional.of(new PageToken(masked.getToken(), raw.get().getToken()));
        }
        return Optional.empty();
    }

    /** The page being handled posts no form (a page for everyone): it gets no token and sets no cookie. */
    public static void notNeeded(HttpServletRequest request) {
        request.setAttribute(NOT_NEEDED, Boolean.TRUE);
    }

    static boolean isNotNeeded(HttpServletRequest request) {
        return request.getAttribute(NOT_NEEDED) != null;
    }
}
