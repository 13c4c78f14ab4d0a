package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.follow.History;
import app.limber.follow.OwnerHash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Limber as an installed app in a real Chromium: the manifest is valid and Chromium finds the app installable, the
 * service worker takes charge of the page; with the connection cut, a routine opened before and its player open
 * and run to the end, an address never opened shows the offline page listing what is kept, and the session
 * finished offline waits in the browser and reaches the history exactly once when the connection is back.
 *
 * <p>The browser talks to the app through {@link SwitchableProxy} on localhost (a secure context, so service
 * workers are allowed) and the connection is cut there, as when the Limber server is out of reach; DevTools'
 * offline mode is set on the page as well, for {@code navigator.onLine} and the {@code online} event, since it
 * does not reach the worker's own requests. Every wait is for a state (a cache entry, an element, a count), never
 * a fixed time.
 */
class OfflineBrowserTest extends BrowserTest {

    /** Five evening minutes at home with a chair, pinned to a date so the routine is the same on every run. */
    static final String ROUTINE = "/routines/generate?slot=evening&minutes=5&place=home&equipment=chair"
            + "&date=2026-01-05";

    static SwitchableProxy proxy;

    @Autowired
    History history;

    @BeforeAll
    static void phone() {
        browser.manage().window().setSize(new Dimension(500, 844));
        // A phone's viewport: desktop Chromium keeps a window at least 500 px wide.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }

    @BeforeEach
    void connect() {
        if (proxy == null) {
            proxy = new SwitchableProxy(port);
        }
        online();
    }

    @AfterEach
    void reconnect() {
        online();
    }

    /** Through the proxy, which a test can cut. */
    @Override
    protected String url(String path) {
        return "http://localhost:" + proxy.port() + path;
    }

    /**
     * With {@code -Dlimber.screenshots=docs/issue-14} the tests also save what they see, for the note;
     * otherwise nothing is written.
     */
    private void shot(String name) {
        String folder = System.getProperty("limber.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            java.nio.file.Path target = java.nio.file.Path.of(folder, name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.write(target, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void offline() {
        proxy.cut();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void online() {
        proxy.restore();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Opens the home page and waits until the service worker controls it and has stored the shell. */
    private void installed() {
        browser.get(url("/"));
        await("the service worker controls the page", "return !!navigator.serviceWorker.controller");
        await("the shell is stored", "return caches.keys().then(k => k.some(n => n.startsWith('limber-')))"
                + ".then(ok => ok && caches.match('/stretches').then(r => !!r))");
    }

    /** Waits until the worker has kept this address (network first, then the copy is put in the cache). */
    private void kept(String path) {
        await(path + " is kept", "return caches.match(arguments[0]).then(r => !!r)", path);
    }

    @Test
    @SuppressWarnings("unchecked")
    void chromium_finds_the_app_installable_and_its_worker_controls_the_page() {
        installed();

        assertThat(browser.findElement(By.cssSelector("link[rel=manifest]")).getAttribute("href"))
                .isEqualTo(url("/manifest.webmanifest"));
        assertThat(browser.findElement(By.cssSelector("meta[name=theme-color]")).getAttribute("content"))
                .isEqualTo("#0f766e");
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) browser.executeCdpCommand("Page.getAppManifest",
                Map.of());
        assertThat((List<?>) manifest.get("errors")).as("manifest errors").isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> installability = (Map<String, Object>) browser.executeCdpCommand(
                "Page.getInstallabilityErrors", Map.of());
        assertThat((List<?>) installability.get("installabilityErrors")).as("installability errors").isEmpty();

        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) js("""
                return fetch('/manifest.webmanifest').then(r => r.json().then(m => ({type: r.headers.get('content-type'),
                    name: m.short_name, display: m.display, start: m.start_url, scope: m.scope,
                    icons: m.icons.map(i => i.sizes + ' ' + i.purpose),
                    shortcuts: m.shortcuts.map(s => s.url)})));""");
        assertThat(parsed.get("type")).isEqualTo("application/manifest+json");
        assertThat(parsed).containsEntry("name", "Limber").containsEntry("display", "standalone")
                .containsEntry("start", "/").containsEntry("scope", "/");
        assertThat((List<Object>) parsed.get("icons")).contains("192x192 any", "512x512 any", "512x512 maskable");
        assertThat((List<Object>) parsed.get("shortcuts")).containsExactly("/today", "/routines");
        assertThat(js("return navigator.serviceWorker.controller.scriptURL")).isEqualTo(url("/sw.js"));
    }

    /** Whether the worker's copy of this address is a page in that language (its {@code <html lang>}). */
    private static final String KEPT_IN = "return caches.match(arguments[0]).then(r => r ? r.text() : '')"
            + ".then(t => new RegExp('<html[^>]*\\\\slang=\"' + arguments[1] + '\"').test(t))";

    @Test
    void switching_language_fetches_the_kept_pages_again_so_offline_shows_the_language_chosen() {
        installed();
        browser.get(url(ROUTINE));
        kept(ROUTINE);
        await("the routine kept in English", KEPT_IN, ROUTINE, "en");

        browser.findElement(By.cssSelector(".languages a[hreflang='es']")).click();
        await("the same page in Spanish", "return document.documentElement.lang === 'es' && location.pathname + "
                + "location.search === arguments[0]", ROUTINE);
        await("the routine kept again in Spanish", KEPT_IN, ROUTINE, "es");
        await("the offline page kept again in Spanish", KEPT_IN, "/offline", "es");

        offline();
        browser.get(url(ROUTINE));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");

        // Back to English for the other tests, the same way.
        online();
        browser.get(url(ROUTINE));
        browser.findElement(By.cssSelector(".languages a[hreflang='en']")).click();
        await("the offline page kept again in English", KEPT_IN, "/offline", "en");
        await("the routine kept again in English", KEPT_IN, ROUTINE, "en");
    }

    @Test
    void offline_a_routine_opened_before_runs_in_its_player_and_the_session_reaches_the_history_once() {
        installed();
        browser.get(url(ROUTINE));
        kept(ROUTINE);
        String player = browser.findElement(By.cssSelector("a[href*='/follow']")).getAttribute("href")
                .substring(url("").length());
        kept(player);
        String routineName = browser.findElement(By.tagName("h1")).getText();

        offline();
        browser.get(url(ROUTINE));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(routineName);
        assertThat(js("return navigator.onLine")).isEqualTo(false);
        shot("offline-routine");

        browser.get(url(player));
        browser.findElement(By.cssSelector(".player-start")).click();
        shot("offline-player");
        while (!"finished".equals(js("return document.getElementById('player').dataset.state"))) {
            browser.findElement(By.cssSelector("[data-action='skip']")).click();
        }
        browser.findElement(By.cssSelector("#log-form [type=submit]")).click();
        await("the session waits in the browser", "var s = document.querySelector('.outbox-status');"
                + " return !!s && s.textContent.startsWith('1 session waiting to be sent')");
        js("document.querySelector('.outbox-status').scrollIntoView({block: 'center'})");
        shot("offline-session-waiting");
        String waiting = (String) js("return localStorage.getItem('limber.outbox')");
        assertThat(waiting).contains("\"key\":");

        online();
        await("the waiting session is sent", "return localStorage.getItem('limber.outbox') === null");
        Cookie identifier = browser.manage().getCookieNamed("limber_history");
        assertThat(identifier).as("the history cookie set by the log").isNotNull();
        assertThat(history.count(OwnerHash.of(identifier.getValue()))).isEqualTo(1);

        // The answer to that send lost on the way: the browser sends the same session again, on the next page.
        js("localStorage.setItem('limber.outbox', arguments[0])", waiting);
        browser.get(url("/stretches"));
        await("the repeat is answered", "return localStorage.getItem('limber.outbox') === null");
        assertThat(history.count(OwnerHash.of(identifier.getValue()))).as("stored exactly once").isEqualTo(1);

        browser.get(url("/history"));
        assertThat(browser.findElements(By.xpath("//main//*[contains(normalize-space(.), '" + routineName
                + "')]"))).isNotEmpty();
    }

    @Test
    void an_address_never_opened_shows_the_offline_page_with_the_routines_kept() {
        installed();
        browser.get(url(ROUTINE));
        kept(ROUTINE);
        String routineTitle = browser.getTitle().split(" · ")[0];

        offline();
        browser.get(url("/routines/new?slot=midday"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not available offline");
        assertThat(browser.getCurrentUrl()).as("the address asked for stays").isEqualTo(url("/routines/new?slot=midday"));
        await("the kept routines are listed", "return document.querySelectorAll('.offline-routines a').length > 0");
        assertThat(browser.findElements(By.cssSelector(".offline-routines a")).stream().map(a -> a.getText()))
                .contains(routineTitle);
        shot("offline-page");
    }

    @Test
    void a_saved_routine_is_kept_with_its_player_and_without_its_one_time_message() {
        installed();
        browser.get(url(ROUTINE));
        browser.findElement(By.id("name")).sendKeys("Kept for the train");
        browser.findElement(By.cssSelector(".save-routine [type=submit]")).click();
        await("the saved routine's page", "return /^\\/routines\\/[A-Za-z0-9_-]{22}$/.test(location.pathname)"
                + " && !!document.querySelector('.flash')");
        String saved = (String) js("return location.pathname");
        kept(saved);
        kept(saved + "/follow");

        offline();
        browser.get(url(saved));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Kept for the train");
        assertThat(browser.findElements(By.cssSelector(".flash"))).as("the message was for once").isEmpty();
        browser.get(url(saved + "/follow"));
        assertThat(browser.findElements(By.cssSelector("#player .player-start"))).isNotEmpty();
    }
}
