package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.it.RawHttp;
import app.limber.it.RawHttp.Response;
import app.limber.system.HostileCorpus.Entry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the hostile-input corpus ({@code hostile/corpus.txt}, over 1,000 requests across every endpoint) against
 * the running application as raw bytes over a socket, so that bad encodings, NULs and oversized headers reach Tomcat
 * exactly as written. For every request: no 5xx; an HTML error is the site's page (header, navigation, a heading)
 * with the security headers; an API error is a problem detail; nothing the request injected comes back unescaped or
 * evaluated; a refused request stores nothing; and the log gets at most one line, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

    /** The file a template-preprocessing injection in the corpus would create if it were ever evaluated. */
    static final Path PWNED = Path.of("/tmp/limber-hostile-pwned");
    /** 1337*1337: what an evaluated {@code ${1337*1337}} in the corpus would print. */
    static final String EVALUATED = "1787569";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern TOKEN_LOCATION = Pattern.compile("/routines/([A-Za-z0-9_-]{22})$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_hostile_request_gets_a_clear_answer_and_changes_nothing(CapturedOutput output) throws Exception {
        Files.deleteIfExists(PWNED);
        List<Entry> corpus = HostileCorpus.load();
        Map<String, String> placeholders = fixture();
        Form form = form();
        Map<String, long[]> groups = new TreeMap<>();
        Map<String, Integer> classes = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int maxLogLines = 0;
        long started = System.nanoTime();

        String logged = output.getAll();
        for (Entry entry : corpus) {
            List<Long> stored = stored();
            int logStart = logged.length();

            long sent = System.nanoTime();
            Response response = send(entry, placeholders, form);
            long[] group = groups.computeIfAbsent(entry.id().split("\\.")[0], k -> new long[2]);
            group[0]++;
            group[1] += System.nanoTime() - sent;
            List<String> problems = check(entry, response, placeholders);
            if (response.status() >= 400 && !stored().equals(stored)) {
                problems.add("a refused request stored something");
            }

            logged = output.getAll();
            String log = logged.substring(logStart);
            // An embedded PostgreSQL started by another test class in this JVM logs its own housekeeping (a timed
            // checkpoint) to the same console: not a line this request caused.
            List<String> lines = log.lines().filter(l -> !l.isBlank() && !l.contains(".embedded.EmbeddedPostgres"))
                    .toList();
            maxLogLines = Math.max(maxLogLines, lines.size());
            if (log.contains("\tat ")) {
                problems.add("stack trace in the log: " + firstLine(log));
            }
            if (lines.stream().anyMatch(l -> l.contains(" ERROR "))) {
                problems.add("ERROR in the log: " + firstLine(log));
            }
            if (response.status() >= 400 && lines.size() > 1) {
                problems.add(lines.size() + " log lines: " + firstLine(log));
            }

            statuses.merge(response.status(), 1, Integer::sum);
            classes.merge(response.status() == 0 ? "none" : response.status() / 100 + "xx", 1, Integer::sum);
            problems.forEach(p -> failures.add(entry.id() + " -> " + response.status() + ": " + p));
        }

        if (Files.exists(PWNED)) {
            failures.add("an injected expression ran: " + PWNED + " exists");
        }
        System.out.printf("Hostile corpus: %d requests in %d s; by class %s; by status %s; at most %d log lines "
                        + "for one request%n", corpus.size(), (System.nanoTime() - started) / 1_000_000_000L, classes,
                statuses, maxLogLines);
        groups.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .forEach(g -> System.out.printf("  %-28s %5d requests %6d ms%n", g.getKey(), g.getValue()[0],
                        g.getValue()[1] / 1_000_000));
        // Findings grouped by kind, with a few examples each, so one run shows everything that is wrong.
        Map<String, List<String>> kinds = new TreeMap<>();
        failures.forEach(f -> kinds.computeIfAbsent(f.replaceFirst("^\\S+ -> \\d+: ", "").replaceFirst(":.*", ""),
                k -> new ArrayList<>()).add(f));
        kinds.forEach((kind, list) -> {
            System.out.println("HOSTILE " + list.size() + " x " + kind);
            list.stream().limit(3).forEach(f -> System.out.println("HOSTILE   " + f));
        });
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(failures).as("%d findings of %d kinds (printed above)", failures.size(), kinds.size()).isEmpty();
    }

    /** ErrorHeaders copies SecurityConfig's values for the pages Spring Security never sees: they must agree. */
    @Test
    void pages_tomcat_refuses_carry_the_same_security_headers_as_any_page() throws IOException {
        Response page = request("GET /", "", "");
        Response refused = request("GET /stretches/a%2Fb", "", "");
        Response api = request("GET /api/routines/a%2Fb", "", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"site-nav\"", "<h1>That request was not understood</h1>")
                .doesNotContain("jsessionid", "Tomcat");
        assertThat(api.header("content-type")).startsWith("application/problem+json");
        for (String header : List.of("content-security-policy", "x-content-type-options", "x-frame-options",
                "referrer-policy", "permissions-policy")) {
            assertThat(page.header(header)).as(header).isNotEmpty();
            assertThat(refused.header(header)).as(header).isEqualTo(page.header(header));
            assertThat(api.header(header)).as(header).isEqualTo(page.header(header));
        }
    }

    private List<String> check(Entry entry, Response response, Map<String, String> placeholders) throws IOException {
        List<String> problems = new ArrayList<>();
        int status = response.status();
        String path = path(new String(entry.targetBytes(placeholders), StandardCharsets.ISO_8859_1));
        boolean head = entry.method().equals("HEAD");
        if (status == 0) {
            problems.add("no HTTP answer");
            return problems;
        }
        if (status >= 500) {
            problems.add("server error");
        }
        if (entry.expectedStatus() != null && entry.expectedStatus() != status) {
            problems.add("expected " + entry.expectedStatus());
        }
        if (entry.expectedText() != null && !response.body().contains(entry.expectedText())) {
            problems.add("the page does not say: " + entry.expectedText());
        }
        // A target past Tomcat's 8 KB limit, or holding a byte no request target may hold (a raw "<", a NUL), is
        // refused before Tomcat knows the address: the page is all it can give, even under /api/.
        boolean unreadable = entry.targetBytes(placeholders).length > 8192
                || notARequestTarget(entry.targetBytes(placeholders));
        // Tomcat reads some such targets all the same (a raw tab): then it knows the address and answers as the API.
        if (status >= 400 && path.startsWith("/api/") && (!unreadable
                || response.header("content-type").startsWith("application/problem+json"))) {
            problems.addAll(problemDetail(response, head));
        } else if (status >= 400 && (!path.startsWith("/actuator/")
                || response.header("content-type").startsWith("text/html"))) {
            // Actuator answers its probes itself (an unknown health group is an empty 404): not a page.
            problems.addAll(errorPage(response, head));
        }
        String body = response.body().toLowerCase(Locale.ROOT);
        for (String injected : List.of("<script>alert(1)", "<img src=x onerror")) {
            if (body.contains(injected)) {
                problems.add("reflected unescaped: " + injected);
            }
        }
        if (response.body().contains(EVALUATED)) {
            problems.add("an injected expression was evaluated");
        }
        if (body.contains(";jsessionid=")) {
            problems.add("a session id in a link");
        }
        Matcher saved = TOKEN_LOCATION.matcher(response.header("location"));
        if (status / 100 == 3 && saved.find()) {
            problems.addAll(savedRoutineWorks(saved.group(1)));
        }
        return problems;
    }

    /** Bytes Tomcat refuses in a request line before parsing it (RFC 9112: no controls, space or these marks). */
    static boolean notARequestTarget(byte[] target) {
        for (byte b : target) {
            int c = b & 0xff;
            if (c < 0x21 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> errorPage(Response response, boolean head) {
        List<String> problems = new ArrayList<>();
        if (!response.header("content-type").startsWith("text/html")) {
            problems.add("error is not an HTML page: " + response.header("content-type"));
        }
        if (!head && !(response.body().contains("class=\"site-header\"") && response.body().contains("class=\"site-nav\"")
                && response.body().contains("<h1>"))) {
            problems.add("error page outside the site's layout");
        }
        String csp = response.header("content-security-policy");
        if (!csp.contains("default-src 'self'") || !csp.contains("script-src 'self'")) {
            problems.add("no Content-Security-Policy");
        }
        if (!response.header("x-content-type-options").equals("nosniff")) {
            problems.add("no X-Content-Type-Options");
        }
        if (response.header("x-frame-options").isEmpty() && !csp.contains("frame-ancestors")) {
            problems.add("no X-Frame-Options or frame-ancestors");
        }
        if (response.header("referrer-policy").isEmpty()) {
            problems.add("no Referrer-Policy");
        }
        return problems;
    }

    private static List<String> problemDetail(Response response, boolean head) {
        List<String> problems = new ArrayList<>();
        if (!response.header("content-type").startsWith("application/problem+json")) {
            problems.add("API error is not problem+json: " + response.header("content-type"));
            return problems;
        }
        if (head) {
            return problems;
        }
        JsonNode problem = JSON.readTree(response.body());
        for (String member : List.of("type", "title", "status", "detail")) {
            if (!problem.hasNonNull(member)) {
                problems.add("problem detail without " + member);
            }
        }
        if (problem.path("status").asInt() != response.status()) {
            problems.add("problem detail status " + problem.path("status") + " is not the HTTP status");
        }
        return problems;
    }

    /** A routine the corpus managed to save opens, and so does its PDF sheet, for good. */
    private List<String> savedRoutineWorks(String token) throws IOException {
        List<String> problems = new ArrayList<>();
        Response page = request("GET /routines/" + token, "", "");
        if (page.status() != 200 || page.body().toLowerCase(Locale.ROOT).contains("<script>alert(1)")) {
            problems.add("the saved routine's page answers " + page.status());
        }
        Response pdf = request("GET /routines/" + token + "/sheet.pdf", "", "");
        if (pdf.status() != 200 || !pdf.header("content-type").startsWith("application/pdf")) {
            problems.add("the saved routine's PDF answers " + pdf.status());
        }
        return problems;
    }

    /** A saved routine, one of its movements and a history restore link, for the corpus's placeholders. */
    private Map<String, String> fixture() throws IOException {
        Form form = form();
        Response saved = request("POST /routines", form.headers(), "_csrf=" + form.token()
                + "&slot=morning&minutes=10&place=desk&name=Fixture");
        Matcher token = TOKEN_LOCATION.matcher(saved.header("location"));
        assertThat(token.find()).as("fixture routine saved: %s", saved.status()).isTrue();
        Response page = request("GET /routines/" + token.group(1), "", "");
        Matcher slug = Pattern.compile("/items/([a-z0-9-]+)/").matcher(page.body());
        assertThat(slug.find()).isTrue();

        form = form();
        Response logged = request("POST /history/sessions", form.headers(), "_csrf=" + form.token()
                + "&routinePath=%2Froutines%2F" + token.group(1) + "&routineName=Fixture&slot=morning"
                + "&plannedSeconds=600&durationSeconds=600&zone=UTC&movement=" + slug.group(1));
        assertThat(logged.status()).isEqualTo(302);
        String cookie = cookies(logged);
        Response history = request("GET /history", "\r\nCookie: " + cookie, "");
        Matcher restore = Pattern.compile("/history/restore/([A-Za-z0-9_.~-]+)").matcher(history.body());
        assertThat(restore.find()).as("restore link on the history page").isTrue();

        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put(HostileCorpusGenerator.TOKEN, token.group(1));
        placeholders.put(HostileCorpusGenerator.SLUG, slug.group(1));
        placeholders.put(HostileCorpusGenerator.HISTORY, restore.group(1));
        return placeholders;
    }

    private record Form(String token, String headers) {
    }

    /**
     * A page with a POST form: its {@code _csrf} hidden input and every cookie it set, so the token is accepted
     * wherever it is kept (the HTTP session or a cookie).
     */
    private Form form() throws IOException {
        Response page = request("GET /routines/generate?slot=morning", "", "");
        Matcher csrf = CSRF_INPUT.matcher(page.body());
        assertThat(csrf.find()).as("_csrf input on the routine page").isTrue();
        String cookies = cookies(page);
        return new Form(csrf.group(1), "\r\nContent-Type: application/x-www-form-urlencoded"
                + (cookies.isEmpty() ? "" : "\r\nCookie: " + cookies));
    }

    private Response send(Entry entry, Map<String, String> placeholders, Form form) throws IOException {
        byte[] headers = entry.headerBytes(placeholders);
        byte[] body = entry.bodyBytes(placeholders);
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        if (headers.length > 0) {
            extra.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            extra.writeBytes(headers);
        }
        if (!entry.csrf().equals("-")) {
            String token = entry.csrf().equals("valid") ? form.token() : "wrong-token";
            String cookie = form.headers().replaceFirst("^\r\nContent-Type: [^\r]*", "");
            extra.writeBytes(cookie.getBytes(StandardCharsets.ISO_8859_1));
            body = concat(("_csrf=" + token + (body.length > 0 ? "&" : "")).getBytes(StandardCharsets.ISO_8859_1),
                    body);
        }
        // A record that sets its own Transfer-Encoding frames its own body.
        boolean framed = entry.headers().toLowerCase(Locale.ROOT).contains("transfer-encoding");
        return exchange(concat(entry.methodBytes(placeholders), " ".getBytes(StandardCharsets.ISO_8859_1),
                entry.targetBytes(placeholders)), extra.toByteArray(), body, !framed
                        && (!entry.method().equals("GET") && !entry.method().equals("HEAD") || body.length > 0));
    }

    private Response request(String requestLine, String headers, String body) throws IOException {
        return exchange(requestLine.getBytes(StandardCharsets.UTF_8), headers.getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8), requestLine.startsWith("POST"));
    }

    /**
     * One request on its own connection: the request line and headers as given, then Host, Connection: close and
     * the body's length. A writer thread sends, so an answer that comes before a big body is fully sent is still read.
     */
    private Response exchange(byte[] methodAndTarget, byte[] headers, byte[] body, boolean withLength)
            throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(methodAndTarget);
        request.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1:".getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(Integer.toString(port).getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(headers);
        request.writeBytes("\r\nConnection: close".getBytes(StandardCharsets.ISO_8859_1));
        if (withLength) {
            request.writeBytes(("\r\nContent-Length: " + body.length).getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        byte[] bytes = request.toByteArray();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(bytes);
                    out.flush();
                } catch (IOException e) {
                    // The server answered and closed before reading it all: the answer is what counts.
                }
            });
            writer.setDaemon(true);
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (IOException e) {
                // A reset after the answer: keep what arrived.
            }
            try {
                writer.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RawHttp.parse(answer.toByteArray());
        }
    }

    /** How many saved routines and logged sessions there are, in one query. */
    private List<Long> stored() {
        return jdbc.queryForObject("select (select count(*) from saved_routine), (select count(*) from logged_session)",
                (row, n) -> List.of(row.getLong(1), row.getLong(2)));
    }

    private static String cookies(Response response) {
        List<String> pairs = new ArrayList<>();
        for (String setCookie : response.headers().getOrDefault("set-cookie", List.of())) {
            pairs.add(setCookie.split(";", 2)[0]);
        }
        return String.join("; ", pairs);
    }

    private static String path(String target) {
        String path = target.replaceFirst("^[a-z]+://[^/]*", "");
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
