package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies {@link ClientLimits} around handlers. Every handler whose path has a {@code {token}} variable takes a
 * private token (a saved routine, a history's restore link, and any such page added later): each such request
 * that answers 404 counts as a miss, and past the limit they are all refused before the lookup. Handlers marked
 * {@link ClientLimit} count each request that succeeds (a redirect), and are refused past their limit.
 */
class ClientLimitInterceptor implements HandlerInterceptor {

    private static final String COUNTED = ClientLimitInterceptor.class.getName() + ".counted";
    private static final String TOKEN_TRIED = ClientLimitInterceptor.class.getName() + ".tokenTried";

    private final ClientLimits limits;

    ClientLimitInterceptor(ClientLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        String client = ClientLimits.client(request);
        ClientLimit limit = method.getMethodAnnotation(ClientLimit.class);
        if (limit != null) {
            limits.acquire(limit.value(), client);
            request.setAttribute(COUNTED, limit.value());
        }
        if (ClientLimits.takesToken(request)) {
            try {
                limits.tryToken(client);
            } catch (TooManyRequestsException e) {
                // afterCompletion does not run for a refused preHandle: give back what was counted above.
                if (limit != null) {
                    limits.release(limit.value(), client);
                }
                throw e;
            }
            request.setAttribute(TOKEN_TRIED, Boolean.TRUE);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        String client = ClientLimits.client(request);
        Object counted = request.getAttribute(COUNTED);
        // Attributes outlive the dispatch: an error dispatch that follows must not settle them a second time.
        request.removeAttribute(COUNTED);
        if (request.getAttribute(TOKEN_TRIED) != null) {
            request.removeAttribute(TOKEN_TRIED);
            // Only an answer that the link leads nowhere is a miss; a found routine, a refused edit or a broken
            // connection is not.
            if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
                limits.tokenMissed(client);
            }
        }
        if (counted instanceof ClientLimit.Kind kind
                && (ex != null || !HttpStatus.valueOf(response.getStatus()).is3xxRedirection())) {
            limits.release(kind, client);
        }
    }
}
