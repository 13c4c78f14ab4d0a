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

    /**
     * A PDF with its strong ETag, so a client that has it gets a 304 (Spring answers If-None-Match for a GET that
     * returns a 200 with an ETag). It varies by Accept-Language and Cookie: the language (the browser's or the one
     * chosen in the language cookie) picks the words, and the country the paper.
     */
    static ResponseEntity<byte[]> pdf(Pdf pdf, String fileName, CacheControl cacheControl) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .eTag(pdf.etag())
                .cacheControl(cacheControl)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE)
                .body(pdf.bytes());
    }

    /**
     * For a document that is a function of its URL and the day (a generated routine, the week plan): the browser
     * keeps it but asks again each time, and its ETag gets a 304 until a new day or a new release changes it. (A
     * max-age would be sent again from the kept copy, PageCache, with hours that no longer fit the day.)
     */
    static CacheControl revalidated() {
        return CacheControl.noCache().cachePrivate();
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
