package app.limber.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs for what leaves the browser: QR codes, links printed in a PDF, calendar events, the private history
 * link. From {@code limber.public-base-url} when it is set (behind a proxy that rewrites the host), otherwise from
 * the current request's scheme, host, port and context path.
 */
@Component
@EnableConfigurationProperties(PublicUrlSettings.class)
public class PublicUrls {

    private final String configured;

    public PublicUrls(PublicUrlSettings settings) {
        this.configured = settings.publicBaseUrl();
    }

    /** The absolute URL of a site path such as {@code /routines/abc/follow}. Needs a current request unless a
     * public base URL is configured. */
    public String absolute(String path) {
        return base() + path;
    }

    public String base() {
        return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
    }
}
