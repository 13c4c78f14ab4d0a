package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.it.RawBrowser;
import app.limber.it.RawHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real server, spoken to in raw HTTP: CSRF with no server session (a cookie and a masked copy in the form),
 * cross-site posts refused, flash messages in a cookie, no session anywhere, and forwarded headers from a trusted
 * proxy (loopback is trusted by default). {@link UntrustedProxyTest} is the other side.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatelessWebTest {

    static final String GENERATED = "/routines/generate?slot=evening&minutes=15&place=home&equipment=chair";
    static final String SAVE = "/routines?slot=evening&minutes=15&place=home&equipment=chair";
    static final Pattern SAVED = Pattern.compile("^(?:http://127\\.0\\.0\\.1:\\d+)?(/routines/[A-Za-z0-9_-]{22})$");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A browser that has loaded the routine page, so it holds a CSRF cookie and the form's token. */
    record Loaded(RawBrowser browser, String token) {
    }

    Loaded load(String page) {
        RawBrowser browser = new RawBrowser();
        RawHttp.Response response = browser.get(port, page);
        assertThat(response.status()).isEqualTo(200);
        return new Loaded(browser, RawBrowser.csrf(response));
    }

    long routines() {
        return jdbc.queryForObject("select count(*) from saved_routine", Long.class);
    }

    static Map<String, Object> form(String csrf, String name) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("name", name);
        return form;
    }

    static void refusedInTheLayout(RawHttp.Response response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).as(response.body()).contains("Skip to content", "Not allowed", "class=\"status-code\">403");
        assertThat(response.first("Content-Security-Policy")).isNotNull();
    }

    @Nested
    class Csrf {

        @Test
        void the_token_is_a_month_long_http_only_lax_cookie_set_before_a_long_page_renders() {
            RawBrowser browser = new RawBrowser();
            // The follow page is long: its log form renders after the response is committed.
            String routine = save(new RawBrowser(), "Cookie check");
            RawHttp.Response follow = browser.get(port, routine + "/follow");
            assertThat(follow.status()).isEqualTo(200);
            assertThat(follow.body().length()).isGreaterThan(16_384);
            String cookie = follow.setCookie("limber_csrf");
            assertThat(cookie).isNotNull().contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000")
                    .doesNotContain("Secure");
            assertThat(RawBrowser.csrf(follow)).isNotEqualTo(browser.cookies().get("limber_csrf"));
        }

        @Test
        void a_form_posts_with_its_cookie_and_masked_token() {
            Loaded page = load(GENERATED);
            long before = routines();
            RawHttp.Response saved = page.browser().post(port, SAVE, form(page.token(), "Masked"));
            assertThat(saved.status()).isEqualTo(302);
            assertThat(routines()).isEqualTo(before + 1);
        }

        @Test
        void a_post_without_a_token_is_refused_with_the_sites_403_page_and_stores_nothing() {
            Loaded page = load(GENERATED);
            long before = routines();
            Map<String, Object> form = form(page.token(), "No token");
            form.remove("_csrf");
            refusedInTheLayout(page.browser().post(port, SAVE, form));
            assertThat(routines()).isEqualTo(before);
        }

        @Test
        void a_wrong_token_is_refused() {
            Loaded page = load(GENERATED);
            long before = routines();
            // Change the first character to one it is not, so the token really differs (a fixed "A" matched 1 in 64).
            String token = page.token();
            String changed = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
            refusedInTheLayout(page.browser().post(port, SAVE, form(changed, "Wrong")));
            refusedInTheLayout(page.browser().post(port, SAVE, form("not-a-token", "Wrong")));
            assertThat(routines()).isEqualTo(before);
        }

        @Test
        void a_token_from_another_browser_is_refused() {
            Loaded mine = load(GENERATED);
            Loaded attackers = load(GENERATED);
            long before = routines();
            refusedInTheLayout(mine.browser().post(port, SAVE, form(attackers.token(), "Other browser")));
            assertThat(routines()).isEqualTo(before);
        }

        @Test
        void a_token_without_its_cookie_is_refused() {
            Loaded page = load(GENERATED);
            long before = routines();
            refusedInTheLayout(new RawBrowser().post(port, SAVE, form(page.token(), "No cookie")));
            assertThat(routines()).isEqualTo(before);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site",
                "Origin: https://evil.example", "Origin: http://127.0.0.1:1", "Origin: null"})
        void a_cross_site_post_is_refused_even_with_a_valid_token(String header) {
            Loaded page = load(GENERATED);
            long before = routines();
            String[] parts = header.split(": ", 2);
            refusedInTheLayout(page.browser().post(port, SAVE, form(page.token(), "Cross site"),
                    Map.of(parts[0], parts[1])));
            assertThat(routines()).isEqualTo(before);
        }

        @Test
        void same_origin_headers_and_no_headers_at_all_pass() {
            Loaded page = load(GENERATED);
            long before = routines();
            assertThat(page.browser().post(port, SAVE, form(page.token(), "Same origin"),
                    Map.of("Sec-Fetch-Site", "same-origin", "Origin", "http://127.0.0.1:" + port)).status())
                    .isEqualTo(302);
            assertThat(page.browser().post(port, SAVE, form(page.token(), "Old browser"),
                    Map.of("Origin", "http://127.0.0.1:" + port)).status()).isEqualTo(302);
            assertThat(page.browser().post(port, SAVE, form(page.token(), "curl")).status()).isEqualTo(302);
            assertThat(routines()).isEqualTo(before + 3);
        }
    }

    @Nested
    class NoSession {

        @Test
        void no_page_creates_a_session_or_puts_its_id_in_a_url() {
            RawBrowser browser = new RawBrowser();
            String routine = save(browser, "Sessionless");
            List<String> pages = List.of("/", "/stretches", GENERATED, routine, routine + "/follow",
                    routine + "/sheet", "/history", "/no-such-page", "/routines/" + "x".repeat(22));
            for (String page : pages) {
                RawHttp.Response response = browser.get(port, page);
                assertThat(response.all("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("JSESSIONID"));
                assertThat(response.body()).as(page).doesNotContainIgnoringCase("jsessionid");
            }
            assertThat(browser.cookies()).doesNotContainKey("JSESSIONID");
        }
    }

    @Nested
    class Encoding {

        /**
         * A browser posts a form's text as UTF-8 without naming a charset. A filter that read the parameters before
         * the encoding was set made Tomcat decode them as ISO-8859-1: "Mañana" came back "MaÃ±ana", and a dash
         * became bytes the name check refused as control characters.
         */
        @Test
        void a_name_with_accents_and_a_dash_is_kept_as_typed() {
            RawBrowser browser = new RawBrowser();
            String routine = save(browser, "Pausa de mañana — café");
            assertThat(browser.get(port, routine).body()).contains("Pausa de mañana — café")
                    .doesNotContain("maÃ±ana");
            assertThat(jdbc.queryForObject("select name from saved_routine where name like 'Pausa de ma%'",
                    String.class)).isEqualTo("Pausa de mañana — café");
        }
    }

    @Nested
    class Flash {

        @Test
        void a_flash_message_shows_once_after_its_redirect() {
            RawBrowser browser = new RawBrowser();
            RawHttp.Response page = browser.get(port, GENERATED);
            RawHttp.Response saved = browser.post(port, SAVE, form(RawBrowser.csrf(page), "Once only"));
            String flash = saved.setCookie("limber_flash");
            assertThat(flash).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=")
                    .doesNotContain("Secure");
            String target = saved.first("Location").replaceFirst("^http://[^/]+", "");
            RawHttp.Response first = browser.get(port, target);
            assertThat(first.body()).contains("class=\"flash\"", "Saved as “Once only”");
            assertThat(first.setCookie("limber_flash")).contains("Max-Age=0");
            assertThat(browser.get(port, target).body()).doesNotContain("class=\"flash\"");
        }

        @Test
        void an_edit_and_a_logged_session_show_their_messages() {
            RawBrowser browser = new RawBrowser();
            String routine = save(browser, "Edits");
            RawHttp.Response page = browser.get(port, routine);
            Matcher down = Pattern.compile("action=\"(" + routine + "/items/[a-z0-9-]+/down)\"").matcher(page.body());
            assertThat(down.find()).isTrue();
            RawHttp.Response moved = browser.post(port, down.group(1), Map.of("_csrf", RawBrowser.csrf(page)));
            assertThat(moved.status()).isEqualTo(302);
            assertThat(browser.get(port, moved.first("Location").replaceFirst("^http://[^/]+", "").replaceFirst("#.*$", "")).body()).contains("class=\"flash\"", "Moved.");

            RawHttp.Response follow = browser.get(port, routine + "/follow");
            RawHttp.Response logged = browser.post(port, "/history/sessions", RawBrowser.logForm(follow));
            assertThat(logged.status()).isEqualTo(302);
            assertThat(browser.get(port, "/history").body()).contains("Session saved to your history.");
            assertThat(browser.get(port, "/history").body()).doesNotContain("Session saved to your history.");
        }

        @Test
        void a_forged_or_tampered_flash_cookie_is_ignored() {
            RawBrowser browser = new RawBrowser();
            String routine = save(browser, "Forged");
            String genuine = browser.cookies().get("limber_flash");
            String[] parts = genuine.split("\\.");
            String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("t=" + java.net.URLEncoder.encode(routine, java.nio.charset.StandardCharsets.UTF_8)
                            + "&x=" + (System.currentTimeMillis() + 60_000) + "&s.flash=Call+us+now")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String bad : List.of(forgedPayload + "." + parts[1], parts[0] + "." + parts[1].substring(1),
                    "garbage", parts[0])) {
                RawHttp.Response response = browser.get(port, routine, Map.of("Cookie", "limber_flash=" + bad));
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).doesNotContain("class=\"flash\"");
            }
            assertThat(browser.get(port, routine).body()).contains("Saved as “Forged”");
        }
    }

    @Nested
    class BehindATrustedProxy {

        static final Map<String, String> HTTPS = Map.of("Host", "limber.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.9");

        @Test
        void https_from_the_proxy_gives_hsts_secure_cookies_and_https_links() {
            RawBrowser browser = new RawBrowser();
            RawHttp.Response page = browser.get(port, GENERATED, HTTPS);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.first("Strict-Transport-Security")).contains("max-age=");
            assertThat(page.setCookie("limber_csrf")).contains("Secure");

            RawHttp.Response saved = browser.post(port, SAVE, form(RawBrowser.csrf(page), "Proxied"), HTTPS);
            assertThat(saved.status()).isEqualTo(302);
            assertThat(saved.setCookie("limber_flash")).contains("Secure");
            assertThat(saved.first("Location")).matches("https://limber\\.example/routines/[A-Za-z0-9_-]{22}");
            String routine = saved.first("Location").replace("https://limber.example", "");

            RawHttp.Response follow = browser.get(port, routine + "/follow", HTTPS);
            RawHttp.Response logged = browser.post(port, "/history/sessions", RawBrowser.logForm(follow), HTTPS);
            assertThat(logged.setCookie("limber_history")).contains("Secure");
            assertThat(logged.first("Location")).isEqualTo("https://limber.example/history");

            RawHttp.Response history = browser.get(port, "/history", HTTPS);
            assertThat(history.body()).contains("https://limber.example/history/restore/")
                    .doesNotContain("http://limber.example");
            assertThat(history.first("Strict-Transport-Security")).isNotNull();
        }

        @Test
        void plain_http_gives_no_hsts_and_no_secure_cookies() {
            RawBrowser browser = new RawBrowser();
            RawHttp.Response page = browser.get(port, GENERATED, Map.of("Host", "limber.example"));
            assertThat(page.first("Strict-Transport-Security")).isNull();
            assertThat(page.setCookie("limber_csrf")).doesNotContain("Secure");
        }
    }

    /** Saves a routine through the form and follows the redirect; returns the routine's path. */
    String save(RawBrowser browser, String name) {
        RawHttp.Response page = browser.get(port, GENERATED);
        RawHttp.Response saved = browser.post(port, SAVE, form(RawBrowser.csrf(page), name));
        assertThat(saved.status()).isEqualTo(302);
        Matcher m = SAVED.matcher(saved.first("Location"));
        assertThat(m.matches()).as(saved.first("Location")).isTrue();
        return m.group(1);
    }
}
