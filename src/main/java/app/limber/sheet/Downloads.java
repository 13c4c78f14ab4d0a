package app.limber.sheet;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File responses: the right content type and a file name the browser keeps. */
final class Downloads {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private Downloads() {
    }

    static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return file(body, MediaType.APPLICATION_PDF, fileName);
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    /** Lower-case ASCII letters, digits and hyphens from a name; the fallback when nothing is left. */
    static String slug(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
