package app.limber.system.look;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where the header's forms and links (look, language) send the browser back to: the page they were on, if that is
 * an address on this site, else the home page. Never another host, so the forms cannot be used to redirect anyone
 * elsewhere.
 */
public final class ReturnPath {

    /** A path on this site: one leading slash (not "//" or "/\", which browsers take for another host). */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]{0,2000}");

    private ReturnPath() {
    }

    /** The address to go back to: {@code back} when it is a local path, else "/". */
    public static String safe(String back) {
        if (back == null || !LOCAL_PATH.matcher(back).matches()) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getRawAuthority() == null && uri.getScheme() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
