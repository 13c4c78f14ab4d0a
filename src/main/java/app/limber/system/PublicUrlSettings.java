package app.limber.system;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code limber.public-base-url}: the absolute base of links that leave the browser (see {@link PublicUrls}), e.g.
 * {@code https://limber.example.org}, or empty (the default) to take it from each request. Surrounding spaces and
 * trailing slashes are dropped; anything else than an http(s) address without query or fragment stops the start.
 */
@Validated
@ConfigurationProperties("limber")
public record PublicUrlSettings(
        @Pattern(regexp = "|https?://[^\\s/?#]+(/[^\\s?#]*)?",
                message = "must be empty or an http(s) address such as https://limber.example.org")
        @DefaultValue("") String publicBaseUrl) {

    public PublicUrlSettings {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        publicBaseUrl = base;
    }
}
