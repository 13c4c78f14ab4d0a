package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.system.Echo;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Logging a session, the history page, the CSV and the restore link, over MockMvc on the Flyway-built schema. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryWebTest {

    static final String COOKIE = "limber_history";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** This test's own browser: its rows are the only ones the test counts (others share the database). */
    private final Cookie owner = new Cookie(COOKIE, newIdentifier());

    private static String newIdentifier() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** A valid log, as the follow page's form would post it; tests change one field at a time. */
    static Map<String, List<String>> valid() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("routinePath", List.of("/routines/generate?slot=evening&minutes=5"));
        form.put("routineName", List.of("Evening routine, 5 min"));
        form.put("slot", List.of("evening"));
        form.put("plannedSeconds", List.of("300"));
        form.put("durationSeconds", List.of("290"));
        form.put("zone", List.of("Europe/Berlin"));
        form.put("before", List.of("6"));
        form.put("after", List.of("3"));
        form.put("movement", List.of("childs-pose", "cat-cow", "thread-the-needle"));
        form.put("done", List.of("childs-pose", "thread-the-needle"));
        return form;
    }

    private MvcTestResult post(Map<String, List<String>> form, Cookie... cookies) {
        return mvc.perform(request(form, cookies).with(csrf()));
    }

    private MockHttpServletRequestBuilder request(Map<String, List<String>> form, Cookie... cookies) {
        var builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/history/sessions");
        form.forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
        if (cookies.length > 0) {
            builder.cookie(cookies);
        }
        return builder;
    }

    private static Map<String, List<String>> with(Consumer<Map<String, List<String>>> change) {
        Map<String, List<String>> form = valid();
        change.accept(form);
        return form;
    }

    /** Sessions stored for this browser. */
    private int stored() {
        return storedBy(owner);
    }

    private int storedBy(Cookie browser) {
        return jdbc.queryForObject("select count(*) from logged_session where owner_hash = ?", Integer.class,
                OwnerHash.of(browser.getValue()).value());
    }

    private Map<String, Object> row(Cookie browser) {
        return jdbc.queryForMap("select * from logged_session where owner_hash = ?",
                OwnerHash.of(browser.getValue()).value());
    }

    /** Logs a valid session as a new browser and returns its identifier cookie. */
    private Cookie newBrowserLogs() {
        MvcTestResult result = post(valid());
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history");
        Cookie cookie = result.getResponse().getCookie(COOKIE);
        assertThat(cookie).isNotNull();
        return new Cookie(COOKIE, cookie.getValue());
    }

    private String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Nested
    class Logging {

        @Test
        void a_bad_slot_is_quoted_back_on_one_line_and_cut_short() throws Exception {
            MvcTestResult broken = post(with(f -> f.put("slot", List.of("no\nnight"))), owner);
            assertThat(broken).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(broken)).contains("“no night” is not a time of day");
            MvcTestResult huge = post(with(f -> f.put("slot", List.of("z".repeat(7000)))), owner);
            assertThat(body(huge)).contains("“" + "z".repeat(Echo.MAX_CHARS) + "…”")
                    .doesNotContain("z".repeat(Echo.MAX_CHARS + 1));
            assertThat(post(with(f -> f.put("slot", List.of(" Evening "))), owner)).hasStatus(HttpStatus.FOUND);
            assertThat(stored()).isEqualTo(1);
        }

        @Test
        void a_valid_log_is_stored_and_redirects_to_the_history_with_a_new_private_cookie() {
            MvcTestResult result = post(valid());
            assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history")
                    .flash().containsKey("saved");
            String setCookie = result.getResponse().getHeader("Set-Cookie");
            assertThat(setCookie).startsWith(COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax")
                    .contains("Path=/").contains("Max-Age=" + 400L * 24 * 3600).doesNotContain("Secure");
            String identifier = result.getResponse().getCookie(COOKIE).getValue();
            assertThat(identifier).matches("[A-Za-z0-9_-]{43}");
            Cookie browser = new Cookie(COOKIE, identifier);
            assertThat(storedBy(browser)).isEqualTo(1);
            var row = row(browser);
            assertThat(row.get("OWNER_HASH")).isEqualTo(OwnerHash.of(identifier).value()).isNotEqualTo(identifier);
            assertThat(row.get("DURATION_SECONDS")).isEqualTo(290);
            assertThat(row.get("TIGHTNESS_BEFORE")).isEqualTo(6);
            assertThat(row.get("ZONE")).isEqualTo("Europe/Berlin");
            assertThat(jdbc.queryForList("select slug, done from logged_movement where session_id = ? order by position",
                    row.get("ID")))
                    .extracting(m -> m.get("SLUG") + ":" + m.get("DONE"))
                    .containsExactly("childs-pose:true", "cat-cow:false", "thread-the-needle:true");
        }

        @Test
        void a_second_log_from_the_same_browser_keeps_its_identifier() {
            Cookie cookie = newBrowserLogs();
            MvcTestResult again = post(valid(), cookie);
            assertThat(again).hasStatus(HttpStatus.FOUND);
            assertThat(again.getResponse().getCookie(COOKIE).getValue()).isEqualTo(cookie.getValue());
            assertThat(storedBy(cookie)).isEqualTo(2);
        }

        @Test
        void ratings_may_be_left_empty() {
            assertThat(post(with(f -> {
                f.put("before", List.of(""));
                f.remove("after");
            }), owner)).hasStatus(HttpStatus.FOUND);
            assertThat(row(owner))
                    .containsEntry("TIGHTNESS_BEFORE", null).containsEntry("TIGHTNESS_AFTER", null);
        }

        // The numbers are worded by the shared form.error.number/missing messages (FormBinder), as on every form.
        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
                "before|11|Choose between 0 and 10 as the tightness before (“11” cannot be used)",
                "before|-1|Choose between 0 and 10 as the tightness before (“-1” cannot be used)",
                "after|7.5|Choose between 0 and 10 as the tightness after (“7.5” cannot be used)",
                "after|ten|Choose between 0 and 10 as the tightness after (“ten” cannot be used)",
                "durationSeconds|604800|Choose between 1 and 10800 seconds for the duration",
                "durationSeconds|0|Choose between 1 and 10800 seconds for the duration (“0” cannot be used)",
                "durationSeconds||Nothing was given for seconds for the duration",
                "zone|Mars/Olympus_Mons|is not a known time zone",
                "slot|night|is not a time of day",
                "routinePath|https://evil.example/|The routine link is missing or is not a Limber routine page",
                "routinePath|javascript:alert(1)|The routine link is missing or is not a Limber routine page",
                "routineName||The routine name is missing",
                "movement|no-such-stretch|is not a movement in the catalog",
                "done|cat-camel|is marked done but is not one of this session&#39;s movements"})
        void an_impossible_value_is_refused_with_a_clear_message_and_nothing_is_stored(String field, String value,
                                                                                      String message)
                throws Exception {
            MvcTestResult result = post(with(f -> f.put(field, List.of(value == null ? "" : value))), owner);
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("This session could not be saved").contains(message)
                    .contains("data-field=\"" + field + "\"");
            assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
            assertThat(stored()).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "/routines/%2e%2e/x", "/routines/%2E%2E/%2e%2e/x", "/routines/..%2fx", "/routines/%2e./history",
                "/routines/%252e%252e/x", "/routines/generate/../../x", "/routines/generate%2f..%2f..%2fx",
                "/routines\\..\\x", "//evil.example/routines/generate", "/routines/%2f%2fevil.example",
                "/routines/abcdefghijklmnopqrstuv/../../x", "/routines/abcdefghijklmnopqrstu",
                "/routines/abcdefghijklmnopqrstuv?slot=evening", "/routines/generate?next=/x",
                "/routines/generate?slot=%2e%2e%2fx", "/routines/generate?slot=evening#x", "/routines/%zz",
                "/routines/generate/follow?slot=evening", "/stretches", "/routines/"})
        void a_routine_link_that_leads_anywhere_but_a_routine_page_is_refused(String path) throws Exception {
            MvcTestResult result = post(with(f -> f.put("routinePath", List.of(path))), owner);
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("The routine link is missing or is not a Limber routine page")
                    .contains("data-field=\"routinePath\"");
            assertThat(stored()).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "/routines/generate?slot=evening&minutes=5|/routines/generate?slot=evening&minutes=5",
                "/routines/generate?slot=midday&minutes=10&place=desk&equipment=chair&equipment=massage-ball"
                        + "&caution=neck&focus=desk&date=2026-11-23&shuffle=3"
                        + "|/routines/generate?slot=midday&minutes=10&place=desk&equipment=chair"
                        + "&equipment=massage-ball&caution=neck&focus=desk&date=2026-11-23&shuffle=3",
                "/routines/generate|/routines/generate",
                "/routines/abcdefghijklmnopqrst_-|/routines/abcdefghijklmnopqrst_-",
                "/routines/%61bcdefghijklmnopqrst_-|/routines/abcdefghijklmnopqrst_-",
                "/routines/generate?slot=%65vening|/routines/generate?slot=evening"})
        void a_routine_page_link_is_kept_in_the_form_the_app_writes_it(String path, String kept) throws Exception {
            MvcTestResult logged = post(with(f -> f.put("routinePath", List.of(path))));
            assertThat(logged).hasStatus(HttpStatus.FOUND);
            Cookie cookie = new Cookie(COOKIE, logged.getResponse().getCookie(COOKIE).getValue());
            // A saved routine's link is stored sealed (HistorySealingTest): read it back as its owner does.
            assertThat(body(mvc.get().uri("/history.csv").cookie(cookie).exchange()))
                    .contains("," + kept + ",");
        }

        @Test
        void an_unknown_movement_among_known_ones_is_refused() throws Exception {
            MvcTestResult result = post(with(f -> f.put("movement", List.of("childs-pose", "cat-cow", "nope"))),
                    owner);
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("\u201cnope\u201d is not a movement in the catalog");
            assertThat(stored()).isZero();
        }

        @Test
        void a_movement_listed_or_marked_done_twice_is_refused_quoting_it() throws Exception {
            MvcTestResult twice = post(with(f -> f.put("movement", List.of("childs-pose", "cat-cow", "cat-cow"))),
                    owner);
            assertThat(twice).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(twice)).contains("\u201ccat-cow\u201d is listed twice among the movements");
            MvcTestResult doneTwice = post(with(f -> f.put("done", List.of("cat-cow", "childs-pose", "cat-cow"))),
                    owner);
            assertThat(doneTwice).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(doneTwice)).contains("\u201ccat-cow\u201d is marked done twice");
            assertThat(stored()).isZero();
        }

        @Test
        void a_log_without_movements_is_refused() throws Exception {
            MvcTestResult result = post(with(f -> {
                f.remove("movement");
                f.remove("done");
            }), owner);
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("The session names no movements");
            assertThat(stored()).isZero();
        }

        @Test
        void a_log_without_a_csrf_token_is_forbidden_and_stores_nothing() {
            assertThat(mvc.perform(request(valid(), owner))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.perform(request(valid(), owner).with(csrf().useInvalidToken())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(stored()).isZero();
        }
    }

    @Nested
    class Isolation {

        @Test
        void one_browser_never_sees_another_browsers_sessions() throws Exception {
            Cookie alice = newBrowserLogs();
            post(with(f -> f.put("routineName", List.of("Alice's second"))), alice);
            Cookie bob = newBrowserLogs();
            post(with(f -> f.put("routineName", List.of("Bob's own routine"))), bob);
            assertThat(alice.getValue()).isNotEqualTo(bob.getValue());

            String aliceSees = body(mvc.get().uri("/history").cookie(alice).exchange());
            String bobSees = body(mvc.get().uri("/history").cookie(bob).exchange());
            assertThat(aliceSees).contains("Alice&#39;s second").doesNotContain("Bob&#39;s own routine");
            assertThat(bobSees).contains("Bob&#39;s own routine").doesNotContain("Alice&#39;s second");
            assertThat(aliceSees.split("class=\"session-row\"", -1)).hasSize(3);
            assertThat(bobSees.split("class=\"session-row\"", -1)).hasSize(3);
            // A session that does not count toward the figures still shows: the page says why the two differ.
            assertThat(aliceSees).contains("count a session once at least half of its movements were done");
        }

        @Test
        void a_browser_without_a_cookie_or_with_a_forged_one_sees_an_empty_history() throws Exception {
            newBrowserLogs();
            assertThat(body(mvc.get().uri("/history").exchange())).contains("No sessions logged in this browser yet")
                    .doesNotContain("session-row");
            assertThat(body(mvc.get().uri("/history").cookie(new Cookie(COOKIE, "x".repeat(43))).exchange()))
                    .contains("No sessions logged in this browser yet");
            assertThat(body(mvc.get().uri("/history").cookie(new Cookie(COOKIE, "' or 1=1 --")).exchange()))
                    .contains("No sessions logged in this browser yet");
        }

        @Test
        void the_csv_holds_only_the_callers_rows() throws Exception {
            Cookie alice = newBrowserLogs();
            Cookie bob = newBrowserLogs();
            post(with(f -> f.put("routineName", List.of("=HYPERLINK(\"x\")"))), bob);
            MvcTestResult csv = mvc.get().uri("/history.csv").cookie(alice).exchange();
            assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv")
                    .headers().hasValue("Content-Disposition", "attachment; filename=\"limber-history.csv\"");
            String text = body(csv);
            assertThat(text.split("\r\n")).hasSize(2);
            assertThat(text).startsWith("date,time,zone,routine,slot,link,duration_seconds")
                    .contains(",Europe/Berlin,\"Evening routine, 5 min\",evening,/routines/generate?slot=evening&minutes=5,290,300,2,1,childs-pose;thread-the-needle,cat-cow,6,3\r\n")
                    .doesNotContain("HYPERLINK");
            String bobs = body(mvc.get().uri("/history.csv").cookie(bob).exchange());
            assertThat(bobs.split("\r\n")).hasSize(3);
            assertThat(bobs).contains("\"'=HYPERLINK(\"\"x\"\")\"");
            assertThat(body(mvc.get().uri("/history.csv").exchange()).split("\r\n")).hasSize(1);
        }

        @Test
        void a_restore_link_needs_a_confirmation_post_with_csrf_and_then_shows_that_history() throws Exception {
            Cookie alice = newBrowserLogs();
            String link = "/history/restore/" + alice.getValue();
            MvcTestResult confirm = mvc.get().uri(link).exchange();
            assertThat(confirm).hasStatusOk().headers().hasValue("Referrer-Policy", "no-referrer")
                    .hasValue("Cache-Control", "no-store");
            // the site-wide policy must not be added beside it (browsers would take the last one)
            assertThat(confirm.getResponse().getHeaders("Referrer-Policy")).containsExactly("no-referrer");
            assertThat(body(confirm)).contains("This private link holds 1 session").contains("name=\"_csrf\"");
            assertThat(confirm.getResponse().getHeader("Set-Cookie")).isNull();

            assertThat(mvc.post().uri(link).exchange()).hasStatus(HttpStatus.FORBIDDEN);
            MvcTestResult restored = mvc.post().uri(link).with(csrf()).exchange();
            assertThat(restored).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history");
            assertThat(restored.getResponse().getCookie(COOKIE).getValue()).isEqualTo(alice.getValue());
        }

        /** Saves a routine in this browser's list (My routines), as the routine page's form does. */
        private void saveRoutine(Cookie browser, String name) {
            assertThat(mvc.post().uri("/routines?slot=morning&minutes=10&date=2026-11-23").param("name", name)
                    .cookie(browser).with(csrf()).exchange()).hasStatus(HttpStatus.FOUND);
        }

        /** The confirmation page's main part up to its form: what it says before anyone can confirm. */
        private String beforeTheButton(MvcTestResult confirm) throws Exception {
            String html = body(confirm);
            int main = html.indexOf("<main");
            int form = html.indexOf("<form method=\"post\" action=\"/history/restore/", main);
            assertThat(main).as("the main part").isPositive();
            assertThat(form).as("the confirming form").isGreaterThan(main);
            return html.substring(main, form);
        }

        @Test
        void the_restore_page_says_to_open_only_a_link_you_made_and_that_new_things_go_to_that_history()
                throws Exception {
            Cookie alice = newBrowserLogs();
            MvcTestResult confirm = mvc.get().uri("/history/restore/" + alice.getValue()).exchange();
            assertThat(beforeTheButton(confirm))
                    .contains("Only open a private link you made yourself")
                    .contains("the sessions you log and the routines you save in this browser go to the linked "
                            + "history")
                    // a browser with nothing of its own loses nothing, and is not told it does
                    .doesNotContain("This browser has");
        }

        @Test
        void a_browser_with_saved_routines_but_no_sessions_is_warned_it_loses_them() throws Exception {
            Cookie alice = newBrowserLogs();
            Cookie carol = new Cookie(COOKIE, newIdentifier());
            saveRoutine(carol, "Desk stretch");
            saveRoutine(carol, "Evening wind-down");
            assertThat(storedBy(carol)).isZero();
            String page = beforeTheButton(mvc.get().uri("/history/restore/" + alice.getValue()).cookie(carol)
                    .exchange());
            assertThat(page).contains("This browser has 2 saved routines in My routines.")
                    .contains("there is no link to bring the list back")
                    .doesNotContain("logged session");

            Cookie dave = new Cookie(COOKIE, newIdentifier());
            saveRoutine(dave, "Only one");
            assertThat(beforeTheButton(mvc.get().uri("/history/restore/" + alice.getValue()).cookie(dave)
                    .exchange())).contains("This browser has 1 saved routine in My routines.");
        }

        @Test
        void a_browser_with_sessions_and_saved_routines_is_warned_about_both() throws Exception {
            Cookie alice = newBrowserLogs();
            Cookie bob = newBrowserLogs();
            post(valid(), bob);
            saveRoutine(bob, "Desk stretch");
            String page = beforeTheButton(mvc.get().uri("/history/restore/" + alice.getValue()).cookie(bob)
                    .exchange());
            assertThat(page).contains("This browser has its own history of 2 logged sessions and 1 saved routine "
                    + "in My routines.")
                    .contains("copy it from the History page before you confirm");

            Cookie erin = newBrowserLogs();
            assertThat(beforeTheButton(mvc.get().uri("/history/restore/" + alice.getValue()).cookie(erin)
                    .exchange())).contains("This browser has its own history of 1 logged session.")
                    .doesNotContain("saved routine");
        }

        @Test
        void the_warning_is_in_spanish_too() throws Exception {
            Cookie alice = newBrowserLogs();
            Cookie carol = new Cookie(COOKIE, newIdentifier());
            saveRoutine(carol, "Estiramiento");
            String routinesOnly = beforeTheButton(mvc.get().uri("/history/restore/" + alice.getValue())
                    .cookie(carol).header("Accept-Language", "es").exchange());
            assertThat(routinesOnly).contains("Este navegador tiene 1 rutina guardada en Mis rutinas.")
                    .contains("Abre solo un enlace privado que hayas creado tú");

            Cookie bob = newBrowserLogs();
            saveRoutine(bob, "Estiramiento");
            saveRoutine(bob, "Noche");
            assertThat(beforeTheButton(mvc.get().uri("/history/restore/" + alice.getValue()).cookie(bob)
                    .header("Accept-Language", "es").exchange()))
                    .contains("Este navegador tiene su propio historial de 1 sesión registrada y 2 rutinas "
                            + "guardadas en Mis rutinas.");
        }

        @Test
        void a_restore_link_that_holds_no_history_is_not_found() {
            assertThat(mvc.get().uri("/history/restore/" + "A".repeat(43)).exchange()).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri("/history/restore/short").exchange()).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post().uri("/history/restore/" + "A".repeat(43)).with(csrf()).exchange())
                    .hasStatus(HttpStatus.NOT_FOUND);
        }

        @Test
        void the_history_page_shows_the_private_link_only_to_its_own_browser() throws Exception {
            Cookie alice = newBrowserLogs();
            String page = body(mvc.get().uri("/history").cookie(alice).exchange());
            assertThat(page).contains("/history/restore/" + alice.getValue());
            Cookie bob = newBrowserLogs();
            assertThat(body(mvc.get().uri("/history").cookie(bob).exchange())).doesNotContain(alice.getValue());
        }
    }

    @Nested
    class Page {

        @Test
        void shows_figures_charts_and_the_sessions() throws Exception {
            Cookie cookie = newBrowserLogs();
            post(with(f -> f.put("before", List.of("8"))), cookie);
            MvcTestResult result = mvc.get().uri("/history").cookie(cookie).exchange();
            assertThat(result).hasStatusOk().headers().hasValue("Cache-Control", "no-store");
            String html = body(result);
            assertThat(html).contains("Current streak").contains("Sessions per week")
                    .contains("<svg class=\"chart calendar\" role=\"img\"")
                    .contains("<svg class=\"chart bars\" role=\"img\"")
                    .contains("<svg class=\"chart line\" role=\"img\"")
                    .contains("Over 2 sessions rated both before and after: tightness averaged 7.0 before and 3.0 "
                            + "after")
                    .contains("2 of 3 done").contains("Skipped: Cat-cow")
                    .contains("Europe/Berlin")
                    .contains("href=\"/history.csv\"");
            // The streak rule is stated where the streak is shown.
            assertThat(html).contains("no more than 2 days in a row pass without a session");
        }
    }

    @Nested
    class Counting {

        @Test
        void the_tightness_averages_count_only_the_sessions_rated_before_and_after_and_say_so() throws Exception {
            Cookie cookie = newBrowserLogs();
            post(with(f -> f.put("before", List.of("8"))), cookie);
            post(with(f -> f.remove("after")), cookie);
            String html = body(mvc.get().uri("/history").cookie(cookie).exchange());
            // 6→3, 8→3 and 6→– : the third has no after rating, so it is in neither average.
            assertThat(html).contains("Over 2 sessions rated both before and after: tightness averaged 7.0 "
                    + "before and 3.0 after")
                    .contains("1 more session has only one of the two ratings");
        }

        @Test
        void the_time_column_does_not_break_inside_a_word() throws Exception {
            String html = body(mvc.get().uri("/history").cookie(newBrowserLogs()).exchange());
            assertThat(html).contains("<td class=\"nowrap\" data-label=\"Time\">")
                    .containsPattern("href=\"/css/mine[-0-9a-f]*\\.css\"");
        }
    }

    @Nested
    class Deleting {

        private long firstId(Cookie browser) {
            return jdbc.queryForObject("select min(id) from logged_session where owner_hash = ?", Long.class,
                    OwnerHash.of(browser.getValue()).value());
        }

        @Test
        void a_session_is_deleted_after_its_confirming_button() throws Exception {
            Cookie cookie = newBrowserLogs();
            post(valid(), cookie);
            String page = body(mvc.get().uri("/history").cookie(cookie).exchange());
            long id = firstId(cookie);
            assertThat(page).contains("action=\"/history/sessions/" + id + "/delete\"", "Yes, delete this session",
                    "aria-label=\"Delete the session of Evening routine, 5 min,");
            MvcTestResult result = mvc.post().uri("/history/sessions/" + id + "/delete").cookie(cookie)
                    .with(csrf()).exchange();
            assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history#sessions");
            assertThat(storedBy(cookie)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from logged_movement where session_id = ?",
                    Integer.class, id)).isZero();
        }

        @Test
        void another_browser_cannot_delete_a_session_and_nothing_is_deleted() throws Exception {
            Cookie alice = newBrowserLogs();
            Cookie bob = newBrowserLogs();
            long id = firstId(alice);
            MvcTestResult result = mvc.post().uri("/history/sessions/" + id + "/delete").cookie(bob).with(csrf())
                    .exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(body(result)).contains("no such session in this browser");
            assertThat(mvc.post().uri("/history/sessions/" + id + "/delete").with(csrf()).exchange())
                    .as("no cookie").hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post().uri("/history/sessions/" + id + "/delete").cookie(alice).exchange())
                    .as("no CSRF token").hasStatus(HttpStatus.FORBIDDEN);
            assertThat(storedBy(alice)).isEqualTo(1);
            assertThat(storedBy(bob)).isEqualTo(1);
            assertThat(body(mvc.get().uri("/history").cookie(bob).exchange()))
                    .doesNotContain("/history/sessions/" + id + "/delete");
        }
    }
}
