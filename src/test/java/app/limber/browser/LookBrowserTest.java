package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dark mode and larger text in a real Chromium: the header's Display menu switches the page at once, the choice
 * survives a reload, the device's own dark setting applies when nothing was chosen (emulated through DevTools),
 * and at the largest text size on a 390 px phone no page grows sideways.
 */
class LookBrowserTest extends BrowserTest {

    /** --paper in the light and the dark palette of limber.css, as getComputedStyle reports them. */
    static final String LIGHT_PAPER = "rgb(251, 250, 247)";
    static final String DARK_PAPER = "rgb(15, 23, 25)";
    static final String ROUTINE = "/routines/generate?slot=evening&minutes=15&place=home&equipment=chair";

    /** Each test starts with no choice made, on a device in light mode, at the window's own size. */
    @BeforeEach
    void noChoice() {
        open("/guide");
        browser.manage().deleteAllCookies();
        deviceScheme("");
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    void deviceScheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    String background() {
        return (String) js("return getComputedStyle(document.body).backgroundColor");
    }

    void choose(String name, String value) {
        browser.findElement(By.cssSelector(".look-menu summary")).click();
        browser.findElement(By.cssSelector(".look input[name='" + name + "'][value='" + value + "']")).click();
        browser.findElement(By.cssSelector(".look-menu summary")).click();
    }

    @Test
    void choosing_dark_turns_the_page_dark_at_once_and_after_a_reload() {
        open("/stretches");
        assertThat(background()).isEqualTo(LIGHT_PAPER);
        assertThat(browser.findElement(By.cssSelector(".look-apply")).isDisplayed())
                .as("with the script, a choice applies without the Apply button").isFalse();

        choose("theme", "dark");
        assertThat(background()).isEqualTo(DARK_PAPER);
        assertThat(js("return document.documentElement.dataset.theme")).isEqualTo("dark");
        assertThat(js("return getComputedStyle(document.querySelector('img.figure')).filter"))
                .as("figures are drawn through the dark palette's filter").isEqualTo("invert(1) hue-rotate(180deg)");

        browser.navigate().refresh();
        assertThat(background()).isEqualTo(DARK_PAPER);
        assertThat(browser.findElement(By.cssSelector(".look input[value='dark']")).isSelected()).isTrue();
        open("/");
        assertThat(background()).as("and on every page").isEqualTo(DARK_PAPER);
    }

    @Test
    void the_devices_dark_setting_applies_when_nothing_was_chosen_and_a_choice_of_light_overrides_it() {
        deviceScheme("dark");
        open("/");
        assertThat(background()).isEqualTo(DARK_PAPER);

        choose("theme", "light");
        assertThat(background()).isEqualTo(LIGHT_PAPER);
        browser.navigate().refresh();
        assertThat(background()).isEqualTo(LIGHT_PAPER);

        choose("theme", "system");
        assertThat(background()).isEqualTo(DARK_PAPER);
    }

    @Test
    void at_the_largest_text_on_a_phone_no_page_grows_sideways_and_the_timer_stays_on_one_line() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        open("/");
        choose("text", "larger");
        assertThat(js("return getComputedStyle(document.documentElement).fontSize")).isEqualTo("24px");

        for (String page : List.of("/", "/stretches", "/stretches/cat-cow", "/guide", "/routines/new", "/today",
                ROUTINE, ROUTINE.replace("generate?", "generate/follow?"))) {
            open(page);
            assertThat(js("return document.documentElement.dataset.text")).as(page).isEqualTo("larger");
            assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue()).as(page)
                    .isLessThanOrEqualTo(390);
        }
        browser.findElement(By.cssSelector(".player-start")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !browser.findElement(
                By.cssSelector(".player-count")).getText().isBlank());
        Number lines = (Number) js("var c = document.querySelector('.player-count');"
                + "return c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight);");
        assertThat(lines.doubleValue()).as("the count in lines").isLessThan(1.5);
    }
}
