package app.limber.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on two ports against one PostgreSQL, with no sticky sessions: one browser's forms are
 * loaded from one and posted to the other, and a form loaded before a restart still posts after it. Nothing the
 * app needs lives in a server's memory: the CSRF token and flash messages are cookies, everything else is in the
 * database. With no setting of their own: the flash-message key is shared through the database.
 */
class TwoInstancesIT {

    static final Path WORK = Path.of("target", "it-two-instances");
    static final String GENERATE = "/routines/generate?slot=evening&minutes=15&place=home&equipment=chair";
    static final String SAVE = "/routines?slot=evening&minutes=15&place=home&equipment=chair";
    /** The path of a redirect; a browser keeps the fragment (#item-...) to itself. */
    static final Pattern LOCATION = Pattern.compile("^http://127\\.0\\.0\\.1:\\d+(/[^#]*)(#.*)?$");

    /** A quick start (AppProcess.QUICK_START) in 256 MB: what is tested is where state lives, not speed. */
    static final List<String> JVM = AppProcess.quickStart("-Xmx256m");

    static EmbeddedPostgres postgres;
    static Map<String, String> properties;
    static AppProcess a;
    static AppProcess b;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        properties = Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
        // Both at once: two starts take the time of one where there are two cores.
        CompletableFuture<AppProcess> second = CompletableFuture.supplyAsync(
                () -> AppProcess.start(WORK, JVM, properties));
        try {
            a = AppProcess.start(WORK, JVM, properties);
        } finally {
            b = second.join();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AppProcess app : new AppProcess[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_routine_saved_through_one_is_edited_followed_and_logged_through_the_other() throws Exception {
        RawBrowser browser = new RawBrowser();

        // Saved through A: form loaded on A, posted to A.
        RawHttp.Response form = browser.get(a.port(), GENERATE);
        RawHttp.Response saved = browser.post(a.port(), SAVE, Map.of("_csrf", RawBrowser.csrf(form),
                "name", "Two instances"));
        assertThat(saved.status()).isEqualTo(302);
        String routine = path(saved);
        assertThat(browser.get(a.port(), routine).body()).contains("Saved as “Two instances”");

        // Edited through B with the page loaded on A; the message shows on B, and on A for a second edit.
        RawHttp.Response onA = browser.get(a.port(), routine);
        RawHttp.Response moved = browser.post(b.port(), downAction(onA, routine), Map.of("_csrf", RawBrowser.csrf(onA)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        assertThat(browser.get(b.port(), path(moved)).body()).contains("Moved.");
        RawHttp.Response again = browser.post(b.port(), downAction(onA, routine), Map.of("_csrf", RawBrowser.csrf(onA)));
        assertThat(again.status()).isIn(302, 400);
        if (again.status() == 302) {
            assertThat(browser.get(a.port(), path(again)).body()).contains("Moved.");
        }

        // Followed on B; the session logged through B with the log form loaded on A.
        assertThat(browser.get(b.port(), routine + "/follow").body()).contains("id=\"log-form\"");
        RawHttp.Response follow = browser.get(a.port(), routine + "/follow");
        RawHttp.Response logged = browser.post(b.port(), "/history/sessions", RawBrowser.logForm(follow));
        assertThat(logged.status()).as(logged.body()).isEqualTo(302);

        // The history (same cookie) shows it on both.
        for (AppProcess app : List.of(a, b)) {
            assertThat(browser.get(app.port(), "/history").body()).contains("Two instances");
        }

        // A restart of A: a page loaded before it still posts after it.
        RawHttp.Response before = browser.get(a.port(), routine);
        String action = downAction(before, routine).replace("/down", "/up");
        a.stop();
        a = AppProcess.start(WORK, JVM, properties);
        RawHttp.Response afterRestart = browser.post(a.port(), action, Map.of("_csrf", RawBrowser.csrf(before)));
        assertThat(afterRestart.status()).as(afterRestart.body()).isIn(302, 400);
        assertThat(afterRestart.status()).isNotEqualTo(403);
        RawHttp.Response relog = browser.post(a.port(), "/history/sessions", RawBrowser.logForm(follow));
        assertThat(relog.status()).isEqualTo(302);
        assertThat(browser.get(a.port(), "/history").body()).contains("Session saved to your history.");
        assertThat(browser.cookies()).doesNotContainKey("JSESSIONID");
    }

    static String path(RawHttp.Response redirect) {
        Matcher m = LOCATION.matcher(redirect.first("Location"));
        assertThat(m.matches()).as(redirect.first("Location")).isTrue();
        return m.group(1);
    }

    /** The first "down" form of a saved routine's page. */
    static String downAction(RawHttp.Response page, String routine) {
        Matcher m = Pattern.compile("action=\"(" + routine + "/items/[a-z0-9-]+/down)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
