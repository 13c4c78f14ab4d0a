package app.limber.system.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * One finished page: its headers and body. A page with a form is kept in parts around the CSRF token it was
 * rendered with, so that each visitor gets the page with their own token put back in.
 *
 * @param headers every header to send again (cookies, dates and lengths left out)
 * @param parts   the body, split where the token stood (one part when the page has none)
 * @param gzip    the whole body gzipped, for a page without a token that is worth compressing; else null
 * @param etag    the body's validator, the same for every visitor (a token page adds the visitor's token to it)
 * @param checks  the rows the page was built from (see {@link PageFreshness})
 * @param privateLink whether its address holds a private token: served only to a client the wrong-link limit
 *                    lets through, as the page itself would be
 * @param contentType its media type, or null: served only to a request that accepts it
 */
record StoredPage(List<Map.Entry<String, String>> headers, List<byte[]> parts, byte[] gzip, String etag,
                  List<PageFreshness.Check> checks, boolean privateLink, String contentType) {

    /** Below this, compressing saves too little to matter. */
    static final int GZIP_MIN_BYTES = 1024;

    /**
     * Whether a request with these {@code Accept} headers takes this page. The key leaves {@code Accept} out (every
     * browser sends its own), so a request that refuses the kept type, or sends a header that is not one, goes to
     * the application and gets the answer it would get with nothing kept: a 406, or a 400 that says what is wrong.
     */
    boolean acceptedBy(List<String> accept) {
        if (accept.isEmpty() || contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            for (MediaType wanted : MediaType.parseMediaTypes(accept)) {
                if (wanted.getQualityValue() > 0 && wanted.isCompatibleWith(type)) {
                    return true;
                }
            }
            return false;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    boolean hasToken() {
        return parts.size() > 1;
    }

    boolean fresh() {
        for (PageFreshness.Check check : checks) {
            if (!check.holds()) {
                return false;
            }
        }
        return true;
    }

    int weight() {
        int weight = 256 + (gzip == null ? 0 : gzip.length);
        for (byte[] part : parts) {
            weight += part.length;
        }
        for (Map.Entry<String, String> header : headers) {
            weight += 2 * (header.getKey().length() + header.getValue().length());
        }
        return weight;
    }

    /** The body split around each occurrence of {@code token} (its bytes), or whole when it is absent. */
    static List<byte[]> split(byte[] body, byte[] token) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        if (token != null && token.length > 0) {
            for (int i = indexOf(body, token, 0); i >= 0; i = indexOf(body, token, start)) {
                parts.add(java.util.Arrays.copyOfRange(body, start, i));
                start = i + token.length;
            }
        }
        parts.add(start == 0 ? body : java.util.Arrays.copyOfRange(body, start, body.length));
        return parts;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
