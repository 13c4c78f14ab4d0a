package app.limber.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for the tests that drive the packaged app: it keeps its cookies, never follows redirects (the
 * test wants to see the 302 that acknowledges a write), and posts forms as the page rendered them, hidden
 * {@code _csrf} input included, so that it works whether the CSRF token lives in the HTTP session or in a cookie.
 */
final class Browser {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CHECKED = Pattern.compile("\\schecked(\\s|=|/|$)");

    private final HttpClient client;
    private final Duration timeout;

    Browser(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI uri, Map<String, List<String>> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The path a redirect points at, when the answer is one. */
    static Optional<String> redirectPath(HttpResponse<?> response) {
        int status = response.statusCode();
        if (status != 302 && status != 303) {
            return Optional.empty();
        }
        return response.headers().firstValue("Location")
                .map(location -> response.uri().resolve(location).getPath())
                .map(Browser::withoutSessionId);
    }

    /** A form of a page: its action (path, without any {@code ;jsessionid}) and the fields it would submit. */
    record Form(String action, String attributes, Map<String, List<String>> fields, List<Map<String, String>> inputs) {

        /** The fields with some replaced, ready to post. */
        Map<String, List<String>> with(Map<String, String> replaced) {
            Map<String, List<String>> copy = new LinkedHashMap<>(fields);
            replaced.forEach((name, value) -> copy.put(name, List.of(value)));
            return copy;
        }
    }

    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            Map<String, List<String>> fields = new LinkedHashMap<>();
            List<Map<String, String>> inputs = new ArrayList<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String name = a.get("name");
                if (name == null) {
                    continue;
                }
                inputs.add(a);
                String type = a.getOrDefault("type", "text");
                boolean unchecked = ("checkbox".equals(type) || "radio".equals(type))
                        && !CHECKED.matcher(input.group(1)).find();
                if (!unchecked) {
                    fields.computeIfAbsent(name, n -> new ArrayList<>()).add(a.getOrDefault("value", ""));
                }
            }
            forms.add(new Form(withoutSessionId(attributes.getOrDefault("action", "")), form.group(1), fields,
                    inputs));
        }
        return forms;
    }

    static Form form(String html, String action) {
        return forms(html).stream().filter(f -> f.action().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("No form posting to " + action));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.put(m.group(1).toLowerCase(), unescape(m.group(2)));
        }
        return attributes;
    }

    private static String withoutSessionId(String path) {
        return path.replaceAll(";jsessionid=[^?#]*", "");
    }

    static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
