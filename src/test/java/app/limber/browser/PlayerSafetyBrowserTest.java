package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The player in a real Chromium, movement by movement: while a movement is on, its cautions (and key form cues)
 * are on the stage in view, announced once to screen readers in the polite live region, and its pace is shown;
 * a movement with none shows no empty box. The player's own clock runs in real time; "Skip movement" moves on, so
 * nothing waits on a timer.
 */
@Tag("browser")
@EnabledIf(value = "app.limber.browser.Chromium#available", disabledReason = "Chromium is not installed here")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlayerSafetyBrowserTest {

    /** Fifteen evening minutes at home with a chair: several movements with cautions, several without. The test
     *  reads the movements and their cautions from the page, so a change in the routine rules or content does not
     *  break it. */
    static final String ROUTINE = "/routines/generate/follow?slot=evening&minutes=15&place=home&equipment=chair"
            + "&date=2026-01-05";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = Chromium.start(1280, 900);
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

    private WebElement stage(String css) {
        return browser.findElement(By.cssSelector(".player-stage " + css));
    }

    @Test
    void shows_the_current_movements_cautions_while_it_is_on_and_announces_them() {
        browser.get("http://localhost:" + port + ROUTINE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) js("""
                return Array.from(document.querySelectorAll('.player-step')).map(li => ({
                    name: li.dataset.name,
                    care: Array.from(li.querySelectorAll('.step-care .care-item')).map(c => c.textContent.trim()),
                    pace: (li.querySelector('.step-pace') || {}).textContent || ''}));""");
        assertThat(steps).anySatisfy(s -> assertThat((List<?>) s.get("care")).isNotEmpty())
                .anySatisfy(s -> assertThat((List<?>) s.get("care")).isEmpty())
                .anySatisfy(s -> assertThat((String) s.get("pace")).isNotEmpty());

        browser.findElement(By.cssSelector(".player-start")).click();
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> step = steps.get(i);
            String name = (String) step.get("name");
            @SuppressWarnings("unchecked")
            List<String> care = (List<String>) step.get("care");
            assertThat(stage(".player-name").getText()).isEqualTo(name);

            WebElement box = stage(".player-care");
            if (care.isEmpty()) {
                assertThat(box.isDisplayed()).as(name + ": no empty box").isFalse();
                assertThat(stage(".player-announce").getAttribute("textContent")).as(name)
                        .doesNotContain("Take care");
            } else {
                assertThat(box.isDisplayed()).as(name + ": its cautions on the stage").isTrue();
                assertThat(box.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList())
                        .as(name).isEqualTo(care);
                long top = ((Number) js("return arguments[0].getBoundingClientRect().top", box)).longValue();
                assertThat(top).as(name + ": in view").isBetween(0L, 900L);
                assertThat(stage(".player-announce").getAttribute("textContent")).as(name)
                        .isEqualTo("Get ready: " + name + ". Take care: " + String.join(" ", care));
            }
            String pace = (String) step.get("pace");
            assertThat(stage(".player-pace").isDisplayed()).as(name).isEqualTo(!pace.isEmpty());
            if (!pace.isEmpty()) {
                assertThat(stage(".player-pace").getText()).isEqualTo(pace);
            }
            browser.findElement(By.cssSelector("[data-action='skip']")).click();
        }
        assertThat(js("return document.getElementById('player').dataset.state")).isEqualTo("finished");
    }
}
