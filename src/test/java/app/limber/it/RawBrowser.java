package app.limber.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * One browser's cookies, over {@link RawHttp}, against any instance: the point is that a browser is not tied to
 * the server that set its cookies. Keeps cookies by name (no domain or path rules: one site).
 */
public final class RawBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD_REVERSED = Pattern.compile("value=\"([^\"]+)\" name=\"_csrf\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();

    public RawHttp.Response get(int port, String target) {
        return get(port, target, Map.of());
    }

    public RawHttp.Response get(int port, String target, Map<String, String> headers) {
        return keep(RawHttp.send(port, "GET", target, withCookies(headers), null));
    }

    public RawHttp.Response post(int port, String target, Map<String, ?> form) {
        return post(port, target, form, Map.of());
    }

    /** A form post; a value may be a String or a List of them (repeated fields). */
    public RawHttp.Response post(int port, String target, Map<String, ?> form, Map<String, String> headers) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            values.forEach(v -> body.append(body.isEmpty() ? "" : "&").append(enc(name)).append('=')
                    .append(enc(String.valueOf(v))));
        });
        return keep(RawHttp.send(port, "POST", target, withCookies(headers), body.toString()));
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** The (masked) CSRF token of the first form on a page. */
    public static String csrf(RawHttp.Response page) {
        Matcher m = CSRF_FIELD.matcher(page.body());
        if (m.find()) {
            return m.group(1);
        }
        Matcher r = CSRF_FIELD_REVERSED.matcher(page.body());
        if (r.find()) {
            return r.group(1);
        }
        throw new AssertionError("No _csrf field on the page: " + page);
    }

    private Map<String, String> withCookies(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (!cookies.isEmpty() && !all.containsKey("Cookie")) {
            StringBuilder line = new StringBuilder();
            cookies.forEach((name, value) -> line.append(line.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            all.put("Cookie", line.toString());
        }
        return all;
    }

    private RawHttp.Response keep(RawHttp.Response response) {
        for (String line : response.all("Set-Cookie")) {
            String pair = line.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            boolean expired = line.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (value.isEmpty() || expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The follow page's log form as the browser would post it (every movement done). */
    public static Map<String, Object> logForm(RawHttp.Response follow) {
        String form = follow.body().substring(follow.body().indexOf("id=\"log-form\""));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(new RawHttp.Response(200, Map.of(), form)));
        for (String name : List.of("routinePath", "routineName", "slot", "plannedSeconds", "durationSeconds",
                "zone")) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(form);
            if (!m.find()) {
                throw new AssertionError("No " + name + " in the log form");
            }
            fields.put(name, HtmlUtils.htmlUnescape(m.group(1)));
        }
        fields.put("before", "5");
        fields.put("after", "3");
        List<String> movements = Pattern.compile("name=\"movement\" value=\"([^\"]+)\"").matcher(form).results()
                .map(r -> r.group(1)).toList();
        fields.put("movement", movements);
        fields.put("done", movements);
        return fields;
    }
}
