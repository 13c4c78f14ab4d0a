package app.limber.sheet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs for what leaves the browser: QR codes, links printed in a PDF, calendar events. From
 * {@code limber.public-base-url} when it is set (behind a proxy that rewrites the host), otherwise from the
 * current request's scheme, host, port and context path.
 */
@Component
class PublicUrls {

    private final String configured;

    PublicUrls(@Value("${limber.public-base-url:}") String configured) {
        String base = configured == null ? "" : configured.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        this.configured = base;
    }

    /** The absolute URL of a site path such as {@code /routines/abc/follow}. Needs a current request unless a
     * public base URL is configured. */
    String absolute(String path) {
        return base() + path;
    }

    String base() {
        return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
    }
}
