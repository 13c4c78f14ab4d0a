package app.limber.system.cache;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The finished-page cache ({@code limber.page-cache.*}).
 *
 * @param enabled whether pages are kept at all (default true; off, every request is rendered afresh)
 * @param maxSize the most bytes of pages kept, gzipped copies included (default 16 MB: the whole catalog in both
 *                encodings is under 1 MB, the rest holds a few hundred routine pages), and never more than a
 *                sixteenth of the heap (8 MB at -Xmx128m); past it the least used go.
 */
@ConfigurationProperties("limber.page-cache")
@Validated
public record PageCacheSettings(@DefaultValue("true") boolean enabled,
                                @NotNull @DefaultValue("16MB") DataSize maxSize) {
}
