package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The main flow in Spanish in a real Chromium, chosen with the header's link: home, the catalog, one entry, a
 * routine built with the form, the player, the logged session. Every text checked is looked up in the Spanish
 * bundles (never written here), and every page must say lang="es" and show no English text of those keys.
 * Fails until the Spanish bundles (messages/*_es.properties) exist: English texts are then not the Spanish ones.
 */
class SpanishWalkBrowserTest extends BrowserTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    MessageSource messages;

    @BeforeAll
    static void setUp() {
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    private String es(String key, Object... args) {
        return messages.getMessage(key, args, SPANISH);
    }

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String lang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The page is Spanish: its lang, and a text of its own in Spanish, not in English. */
    private void spanishPage(String css, String key, Object... args) {
        assertThat(lang()).as("lang on " + browser.getCurrentUrl()).isEqualTo("es");
        assertThat(es(key, args)).as("the Spanish text of " + key).isNotEqualTo(en(key, args));
        assertThat(text(css)).as(key + " on " + browser.getCurrentUrl()).contains(es(key, args));
        assertThat(text(".site-footer")).contains(es("footer.notAdvice"));
    }

    @Test
    void home_catalog_detail_routine_player_and_log_in_spanish() {
        browser.manage().deleteAllCookies();
        open("/");
        // The switch, as a visitor uses it: the link named in Spanish, back on the same page in Spanish.
        browser.findElement(By.cssSelector(".languages a[hreflang='es']")).click();
        until("the home page again", () -> browser.getCurrentUrl().endsWith(":" + port + "/"));
        spanishPage("main h1", "app.tagline");
        assertThat(browser.findElement(By.cssSelector(".languages a[hreflang='en']")).getAttribute("lang"))
                .isEqualTo("en");

        browser.findElement(By.linkText(es("nav.stretches"))).click();
        spanishPage("main h1", "catalog.title");

        browser.findElement(By.cssSelector(".card h3 a")).click();
        until("an entry", () -> browser.getCurrentUrl().contains("/stretches/"));
        spanishPage(".stop-line", "safety.stopLine");

        browser.findElement(By.linkText(es("nav.routines"))).click();
        spanishPage("main h1", "routine.new.title");
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();
        until("a routine", () -> browser.getCurrentUrl().contains("/routines/generate"));
        spanishPage("main", "routine.follow");

        browser.findElement(By.linkText(es("routine.follow"))).click();
        until("the player", () -> browser.getCurrentUrl().contains("/follow"));
        spanishPage(".player-start", "follow.control.start");
        browser.findElement(By.cssSelector(".player-start")).click();
        for (int i = 0; i < 300 && !"finished".equals(state()); i++) {
            new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertThat(state()).isEqualTo("finished");
        spanishPage("#log-form", "follow.log.submit");
        browser.findElement(By.cssSelector("#log-form button[type='submit']")).click();

        until("the history", () -> browser.getCurrentUrl().endsWith("/history"));
        spanishPage("main", "history.saved");
        browser.manage().deleteAllCookies();
    }

    private String state() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('player').dataset.state");
    }
}
