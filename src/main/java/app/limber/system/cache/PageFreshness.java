package app.limber.system.cache;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a cached page was built from beyond its address: a saved routine at one version, say. Whoever loads such
 * a row for a page registers a check; a cached copy is served only while every check still holds, so an edit made
 * through another instance is never hidden by this one's copy.
 */
public final class PageFreshness {

    /** One row a page was built from; {@link #holds()} asks the database whether it is still the same. */
    public interface Check {
        boolean holds();
    }

    static final String ATTRIBUTE = PageFreshness.class.getName();

    private PageFreshness() {
    }

    /** Records that the page being built depends on {@code check}; outside a request it does nothing. */
    public static void register(Check check) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Check> checks = (List<Check>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (checks == null) {
            checks = new ArrayList<>();
            request.setAttribute(ATTRIBUTE, checks, RequestAttributes.SCOPE_REQUEST);
        }
        checks.add(check);
    }
}
