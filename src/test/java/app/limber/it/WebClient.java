package app.limber.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser against a running app: keeps its cookies, takes the CSRF token from the page a form is on, and does
 * not follow redirects (a save's answer is the redirect to the new routine).
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final AppProcess app;
    private final HttpClient http;

    WebClient(AppProcess app) {
        this.app = app;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Response(int status, String body, java.net.http.HttpHeaders headers, long millis) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(app.uri(path)).GET());
    }

    /** Posts a form from {@code formPage}, with that page's CSRF token. */
    Response post(String formPage, String action, String form) throws IOException, InterruptedException {
        String token = csrf(get(formPage).body());
        String body = form + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(app.uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Saves a morning routine under this name and returns its path ({@code /routines/<token>}). */
    String saveRoutine(String name) throws IOException, InterruptedException {
        Response saved = trySave(name);
        if (saved.status() != 302) {
            throw new IllegalStateException("save answered " + saved.status());
        }
        return URI.create(saved.header("Location")).getPath();
    }

    Response trySave(String name) throws IOException, InterruptedException {
        return post("/routines/generate?slot=morning&minutes=10", "/routines",
                "slot=morning&minutes=10&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** Logs a finished session of a saved routine through the log form on its follow page. */
    Response logSession(String routinePath, String name) throws IOException, InterruptedException {
        return post(routinePath + "/follow", "/history/sessions", "routinePath=" + routinePath
                + "&routineName=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&slot=morning&plannedSeconds=600&durationSeconds=590&zone=UTC"
                + "&movement=cat-cow&done=cat-cow");
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
