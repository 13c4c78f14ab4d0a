package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * Workday break reminders in a real Chromium, on a sped-up schedule (reminders.js's test hook: the schedule's clock
 * runs 600 times faster, so a break every 30 minutes comes every three seconds). Headless Chromium gives no
 * notification permission, so this is the in-page banner: a break fires, "skip" drops it until the next one,
 * "snooze" brings the same break back ten (schedule) minutes later, "start" opens the routine in the player, and
 * on the player page no banner shows. The tests wait for what the page does, never for a fixed time.
 *
 * <p>With {@code -Dlimber.screenshots=<dir>} the banner is also saved as a picture there.
 */
class ReminderBrowserTest extends BrowserTest {

    static final long HALF_HOUR_MS = 30 * 60 * 1000L;
    static final long SNOOZE_MS = 10 * 60 * 1000L;

    /** How much faster than real time the schedule's clock runs: half an hour in three seconds. */
    static final int SPEED = 600;
    /** Where the schedule's clock starts: two (schedule) minutes before the 12:00 break, a fifth of a second. */
    static final int LEAD_MINUTES = 2;

    /**
     * Reminders on, all day every day, a break every 30 minutes (all stretch breaks if asked), the clock x600 and
     * anchored so that it reads 11:58 today now: the first break comes due within the second, the page seeing it
     * arrive, instead of up to half a (sped-up) hour later. The hook's clock is anchor + (now - anchor) x speed,
     * so the anchor that makes it read T now is (now x speed - T) / (speed - 1).
     */
    private void remindersOn(boolean stretch, String page) {
        open("/reminders/break");
        js("""
                localStorage.clear();
                localStorage.setItem('limber.reminders.settings', JSON.stringify({on: true,
                    days: ['monday','tuesday','wednesday','thursday','friday','saturday','sunday'],
                    start: '00:00', end: '23:59', every: 30, stretch: arguments[0] ? 30 : 0, quiet: []}));
                const speed = arguments[1], now = Date.now(), start = new Date(now);
                start.setHours(12, -arguments[2], 0, 0);
                localStorage.setItem('limber.reminders.speed', String(speed));
                localStorage.setItem('limber.reminders.speedAnchor',
                    String(Math.round((now * speed - start.getTime()) / (speed - 1))));""",
                stretch, SPEED, LEAD_MINUTES);
        open(page);
    }

    private WebElement banner() {
        return browser.findElement(By.id("reminder-banner"));
    }

    /** The break on the banner once one shows: its due time (schedule clock, ms). */
    private long shownBreak() {
        return waitFor("a reminder banner", () -> banner().isDisplayed() ? Long.valueOf(banner().getAttribute("data-at"))
                : null);
    }

    private Object state(String field) {
        return js("var s = JSON.parse(localStorage.getItem('limber.reminders.state') || '{}'); return s[arguments[0]];",
                field);
    }

    /**
     * Answers the banner in one step in the page and returns the break it showed then. The schedule runs 600 times
     * faster, so the next break can replace the banner between a find and a click made as two driver calls, and a
     * banner can be hidden for a moment between two breaks: the step is retried until the banner has the button.
     */
    private long answer(String action) {
        Object at = waitFor("the banner's " + action + " button", () -> js("""
                var banner = document.getElementById('reminder-banner');
                var button = banner && banner.querySelector("[data-reminder-action='" + arguments[0] + "']");
                if (!button) {
                    return null;
                }
                var at = banner.getAttribute('data-at');
                button.click();
                return at;""", action));
        return Long.parseLong((String) at);
    }

    @Test
    void a_break_fires_and_skip_drops_it_until_the_next_one() throws Exception {
        remindersOn(false, "/stretches");
        long first = shownBreak();
        assertThat(banner().getAttribute("data-kind")).isEqualTo("move");
        assertThat(banner().getText()).contains("Time to move", "Start", "Snooze 10 min", "Skip");
        saveScreenshot();

        long skipped = answer("skip");
        assertThat(skipped).isGreaterThanOrEqualTo(first);
        assertThat(((Number) state("handled")).longValue()).isEqualTo(skipped);
        // The skipped break never comes back: the next banner is the next break, half an hour later.
        assertThat(shownBreak()).isEqualTo(skipped + HALF_HOUR_MS);
    }

    @Test
    void snooze_brings_the_same_break_back_ten_minutes_later_and_nothing_in_between() {
        remindersOn(false, "/stretches");
        long first = shownBreak();
        long snoozed = answer("snooze");
        assertThat(snoozed).isGreaterThanOrEqualTo(first);
        long until = ((Number) state("snoozeUntil")).longValue();
        assertThat(until).isGreaterThanOrEqualTo(snoozed + SNOOZE_MS);

        long again = shownBreak();
        assertThat(again).isEqualTo(until);
        assertThat(banner().getAttribute("data-snoozed")).isEqualTo("true");
        assertThat(banner().getAttribute("data-kind")).isEqualTo("move");
        assertThat(banner().getText()).contains("Snoozed");
    }

    @Test
    void start_opens_the_five_minute_desk_routine_in_the_player() {
        remindersOn(true, "/stretches");
        long first = shownBreak();
        assertThat(banner().getAttribute("data-kind")).isEqualTo("stretch");
        long started = answer("start");
        waitFor("the player", () -> browser.getCurrentUrl().contains("/routines/generate/follow") ? true : null);
        assertThat(browser.getCurrentUrl()).endsWith("/routines/generate/follow?slot=midday&minutes=5&place=desk");
        assertThat(browser.findElements(By.id("player"))).hasSize(1);
        assertThat(((Number) state("handled")).longValue()).isEqualTo(started).isGreaterThanOrEqualTo(first);
    }

    @Test
    void start_on_a_movement_break_opens_the_one_to_two_minute_break_in_the_player() {
        remindersOn(false, "/stretches");
        long first = shownBreak();
        assertThat(banner().getAttribute("data-kind")).isEqualTo("move");
        long started = answer("start");
        waitFor("the player", () -> browser.getCurrentUrl().contains("/routines/break/follow") ? true : null);
        assertThat(browser.findElements(By.id("player"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Follow: Movement break");
        assertThat(browser.findElements(By.cssSelector(".player-step")))
                .extracting(e -> e.getAttribute("data-slug")).containsExactly("shoulder-rolls", "arm-circles");
        assertThat(((Number) state("handled")).longValue()).isEqualTo(started).isGreaterThanOrEqualTo(first);
    }

    @Test
    void no_banner_while_a_routine_is_being_followed_the_break_counts_as_taken() {
        remindersOn(false, "/routines/generate/follow?slot=midday&minutes=5&place=desk");
        Number handled = waitFor("a break to come due on the player page", () -> (Number) state("handled"));
        assertThat(handled.longValue()).isPositive();
        assertThat(banner().isDisplayed()).isFalse();
        // Once the routine runs, the player tells the other tabs (a heartbeat in localStorage), so they stay quiet.
        assertThat(js("return localStorage.getItem('limber.following');")).isNull();
        browser.findElement(By.cssSelector(".player-start")).click();
        Number beat = waitFor("the player's heartbeat", () -> {
            Object value = js("return localStorage.getItem('limber.following');");
            return value == null ? null : Long.valueOf((String) value);
        });
        assertThat(System.currentTimeMillis() - beat.longValue()).isLessThan(60_000);
    }

    private void saveScreenshot() throws Exception {
        String dir = System.getProperty("limber.screenshots");
        if (dir != null) {
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "reminder-banner.png"), png);
        }
    }
}
