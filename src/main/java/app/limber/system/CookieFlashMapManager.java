package app.limber.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Flash attributes (the message shown once after a post/redirect/get) in a short-lived cookie instead of the HTTP
 * session, so that no instance keeps state between requests.
 *
 * <p>The cookie holds only strings, whole numbers and booleans, written as {@code name=value} fields and read
 * back strictly (anything unexpected discards the whole cookie), with an HMAC-SHA256 so that a cookie set by
 * someone else (a sibling subdomain) is ignored. HttpOnly, SameSite=Lax, path /, Secure under HTTPS; it lives as
 * long as the flash map (three minutes) and is cleared once read.
 */
public class CookieFlashMapManager extends AbstractFlashMapManager {

    public static final String NAME = "limber_flash";
    /** Browsers keep cookies up to about 4 KB; a message that does not fit is dropped, not truncated. */
    static final int MAX_VALUE = 3800;
    private static final int MAX_MAPS = 4;
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final String LIST_ATTRIBUTE = CookieFlashMapManager.class.getName() + ".maps";
    private static final Logger log = LoggerFactory.getLogger(CookieFlashMapManager.class);

    private final SecretKeySpec key;
    private final Clock clock;

    /** @param secret the HMAC key; the same on every instance, so a message set by one shows on another */
    CookieFlashMapManager(byte[] secret, Clock clock) {
        this.clock = clock;
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        // Within one request the latest list wins over the cookie the browser sent (a read, then a save).
        if (request.getAttribute(LIST_ATTRIBUTE) instanceof List<?> current) {
            return copy(current);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return decode(cookie.getValue());
                }
            }
        }
        return null;
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> maps, HttpServletRequest request, HttpServletResponse response) {
        List<FlashMap> kept = maps.size() > MAX_MAPS ? maps.subList(maps.size() - MAX_MAPS, maps.size()) : maps;
        request.setAttribute(LIST_ATTRIBUTE, new ArrayList<>(kept));
        String value = kept.isEmpty() ? "" : encode(kept);
        if (value.length() > MAX_VALUE) {
            log.warn("Flash message of {} characters does not fit in a cookie; dropped", value.length());
            value = "";
        }
        long maxAge = value.isEmpty() ? 0 : Math.max(1, (kept.stream().mapToLong(FlashMap::getExpirationTime).max()
                .orElse(0) - clock.millis() + 999) / 1000);
        response.addHeader(HttpHeaders.SET_COOKIE,
                SiteCookies.serverOnly(NAME, value, Duration.ofSeconds(maxAge), request).toString());
    }

    /** A cookie is per browser and per request: nothing to synchronise. */
    @Override
    protected Object getFlashMapsMutex(HttpServletRequest request) {
        return null;
    }

    // --- format: base64url(payload) "." base64url(hmac); payload: one line per map of &-separated fields -------

    String encode(List<FlashMap> maps) {
        List<String> lines = new ArrayList<>();
        for (FlashMap map : maps) {
            List<String> fields = new ArrayList<>();
            fields.add("t=" + enc(map.getTargetRequestPath() == null ? "" : map.getTargetRequestPath()));
            fields.add("x=" + map.getExpirationTime());
            map.getTargetRequestParams().forEach((name, values) ->
                    values.forEach(v -> fields.add("p." + enc(name) + "=" + enc(v))));
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                fields.add(typed(entry.getKey(), entry.getValue()));
            }
            lines.add(String.join("&", fields));
        }
        byte[] payload = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(sign(payload));
    }

    /** The maps in a cookie value, or null when it is not exactly what {@link #encode} writes with our key. */
    List<FlashMap> decode(String value) {
        try {
            int dot = value.indexOf('.');
            if (dot < 0 || value.length() > MAX_VALUE) {
                return null;
            }
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] payload = base64.decode(value.substring(0, dot));
            if (!MessageDigest.isEqual(sign(payload), base64.decode(value.substring(dot + 1)))) {
                return null;
            }
            List<FlashMap> maps = new ArrayList<>();
            for (String line : new String(payload, StandardCharsets.UTF_8).split("\n", -1)) {
                maps.add(parse(line));
            }
            return maps.size() > MAX_MAPS ? null : maps;
        } catch (IllegalArgumentException e) {
            return null; // bad base64, a bad field: the whole cookie is ignored
        }
    }

    private static FlashMap parse(String line) {
        String[] fields = line.split("&", -1);
        FlashMap map = new FlashMap();
        if (fields.length < 2 || !fields[0].startsWith("t=") || !fields[1].startsWith("x=")) {
            throw new IllegalArgumentException("flash map header");
        }
        String path = dec(fields[0].substring(2));
        if (!path.isEmpty()) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("flash target");
            }
            map.setTargetRequestPath(path);
        }
        map.setExpirationTime(Long.parseLong(fields[1].substring(2)));
        for (int i = 2; i < fields.length; i++) {
            String field = fields[i];
            int dot = field.indexOf('.');
            int eq = field.indexOf('=');
            if (dot != 1 || eq < 0) {
                throw new IllegalArgumentException("flash field");
            }
            String name = dec(field.substring(2, eq));
            String raw = dec(field.substring(eq + 1));
            // Target parameters come from the redirect's query string; attribute names are ours.
            if (field.charAt(0) == 'p' ? name.isEmpty() : !FIELD_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("flash field name");
            }
            switch (field.charAt(0)) {
                case 'p' -> map.addTargetRequestParam(name, raw);
                case 's' -> map.put(name, raw);
                case 'l' -> map.put(name, Long.valueOf(raw));
                case 'b' -> map.put(name, switch (raw) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("flash boolean");
                });
                default -> throw new IllegalArgumentException("flash field type");
            }
        }
        return map;
    }

    private static String typed(String name, Object value) {
        if (!FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Flash attribute name not allowed in the cookie: " + name);
        }
        if (value instanceof CharSequence text) {
            return "s." + name + "=" + enc(text.toString());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "l." + name + "=" + value;
        }
        if (value instanceof Boolean bool) {
            return "b." + name + "=" + bool;
        }
        throw new IllegalArgumentException("Flash attribute " + name + " must be a string, a whole number or a "
                + "boolean to travel in a cookie, not " + (value == null ? "null" : value.getClass().getName()));
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String dec(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static List<FlashMap> copy(List<?> maps) {
        List<FlashMap> copy = new ArrayList<>();
        maps.forEach(m -> copy.add((FlashMap) m));
        return copy;
    }
}
