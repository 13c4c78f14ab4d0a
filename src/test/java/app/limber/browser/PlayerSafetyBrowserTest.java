package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The player in a real Chromium, movement by movement: while a movement is on, its cautions (and key form cues)
 * are on the stage in view, announced once to screen readers in the polite live region, and its pace is shown;
 * a movement with none shows no empty box. The player's own clock runs in real time; "Skip movement" moves on, so
 * nothing waits on a timer.
 */
class PlayerSafetyBrowserTest extends BrowserTest {

    /** Fifteen evening minutes at home with a chair: several movements with cautions, several without. The test
     *  reads the movements and their cautions from the page, so a change in the routine rules or content does not
     *  break it. */
    static final String ROUTINE = "/routines/generate/follow?slot=evening&minutes=15&place=home&equipment=chair"
            + "&date=2026-01-05";

    private WebElement stage(String css) {
        return browser.findElement(By.cssSelector(".player-stage " + css));
    }

    @Test
    void shows_the_current_movements_cautions_while_it_is_on_and_announces_them() {
        open(ROUTINE);
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
