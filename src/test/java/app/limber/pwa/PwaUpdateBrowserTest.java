package app.limber.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import app.limber.browser.Chromium;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A new version of Limber in a real Chromium: the new worker installs into a cache of its own, carrying over the
 * routine the person had opened (fetched again, not copied), the page says "Limber was updated", and its button
 * switches: the old cache is gone, only the new one is left. The release is played by changing the version the
 * app reports (a spy on AppShell), which is all that changes the worker's bytes.
 */
@Tag("browser")
@EnabledIf(value = "app.limber.browser.Chromium#available", disabledReason = "Chromium is not installed here")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PwaUpdateBrowserTest {

    static final String ROUTINE = "/routines/generate?slot=morning&minutes=5&place=home&date=2026-01-05";

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @MockitoSpyBean
    AppShell shell;

    @BeforeAll
    static void openBrowser() {
        browser = Chromium.start(1024, 900);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void await(String what, String condition, Object... args) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what)
                .until(driver -> Boolean.TRUE.equals(js(condition, args)));
    }

    @SuppressWarnings("unchecked")
    private List<String> caches() {
        return (List<String>) js("return caches.keys().then(k => k.filter(n => n.startsWith('limber-')).sort())");
    }

    @Test
    void a_new_version_installs_beside_the_old_says_so_and_replaces_it_on_reload() {
        String old = "limber-" + shell.version();
        browser.get("http://localhost:" + port + "/");
        await("the first worker controls the page", "return !!navigator.serviceWorker.controller");
        browser.get("http://localhost:" + port + ROUTINE);
        await("the routine is kept", "return caches.match(arguments[0]).then(r => !!r)", ROUTINE);
        assertThat(caches()).containsExactly(old);
        assertThat(browser.findElements(By.cssSelector(".pwa-update"))).isEmpty();

        doReturn("0123456789ab").when(shell).version();
        browser.navigate().refresh();
        await("the new version is announced", "var n = document.querySelector('.pwa-update');"
                + " return !!n && n.textContent.startsWith('Limber was updated.')");
        assertThat(caches()).as("the new cache beside the old, the old still in use").containsExactlyInAnyOrder(old,
                "limber-0123456789ab");
        assertThat(js("return caches.open('limber-0123456789ab').then(c => c.match(arguments[0])).then(r => !!r)",
                ROUTINE)).as("the routine carried over").isEqualTo(true);

        browser.findElement(By.cssSelector(".pwa-update button")).click();
        await("the page reloaded under the new worker", "return performance.getEntriesByType('navigation')[0]"
                + ".type === 'reload' && !document.querySelector('.pwa-update') && !!navigator.serviceWorker.controller");
        await("only the new cache is left", "return caches.keys().then(k => k.filter(n => n.startsWith('limber-'))"
                + ".join() === 'limber-0123456789ab')");
        assertThat(js("return caches.match(arguments[0]).then(r => !!r)", ROUTINE)).isEqualTo(true);
    }
}
