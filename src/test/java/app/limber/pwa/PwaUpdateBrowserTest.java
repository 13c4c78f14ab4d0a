package app.limber.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import app.limber.browser.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A new version of Limber in a real Chromium: the new worker installs into a cache of its own, carrying over the
 * routine the person had opened (fetched again, not copied), the page says "Limber was updated", and its button
 * switches: the old cache is gone, only the new one is left. The release is played by changing the version the
 * app reports (a spy on AppShell), which is all that changes the worker's bytes.
 */
class PwaUpdateBrowserTest extends BrowserTest {

    static final String ROUTINE = "/routines/generate?slot=morning&minutes=5&place=home&date=2026-01-05";

    @MockitoSpyBean
    AppShell shell;

    @BeforeAll
    static void window() {
        browser.manage().window().setSize(new Dimension(1024, 900));
    }

    @SuppressWarnings("unchecked")
    private List<String> caches() {
        return (List<String>) js("return caches.keys().then(k => k.filter(n => n.startsWith('limber-')).sort())");
    }

    @Test
    void a_new_version_installs_beside_the_old_says_so_and_replaces_it_on_reload() {
        String old = "limber-" + shell.version();
        open("/");
        await("the first worker controls the page", "return !!navigator.serviceWorker.controller");
        open(ROUTINE);
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
