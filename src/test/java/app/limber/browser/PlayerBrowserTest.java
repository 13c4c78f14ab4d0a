package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.follow.web.PlayerSpeed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A short routine followed end to end in a real Chromium, with the player's clock at 20x (a test-only bean,
 * FastClock below): the get-ready countdown, a skipped movement, a side switch, pause and resume, a hold that counts
 * to zero, the progress bar, the arrow key, then the log form and the session in the history.
 */
class PlayerBrowserTest extends BrowserTest {

    /** The player's clock at 20x: no configuration of the app can set it, only a bean like this one. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FastClock {
        @Bean
        PlayerSpeed playerSpeed() {
            return new PlayerSpeed(20);
        }
    }

    /** Five minutes at a desk: six movements with reps and holds, several of them on each side. The test reads
     *  the movements from the page, so a change in the routine rules does not break it. */
    static final String ROUTINE = "/routines/generate/follow?slot=midday&minutes=10&place=desk&date=2026-01-05";

    private String stage(String key) {
        return (String) js("return document.querySelector('.player-stage').dataset[arguments[0]] || ''", key);
    }

    private String state() {
        return (String) js("return document.getElementById('player').dataset.state");
    }

    private String text(String css) {
        return (String) js("return document.querySelector(arguments[0]).textContent", css);
    }

    private double progress() {
        return ((Number) js("return document.querySelector('.player-progress').value")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> recorded(String name) {
        return (List<Map<String, Object>>) js("return window[arguments[0]]", name);
    }

    @Test
    void follows_a_short_routine_to_the_end_and_finds_it_in_the_history() {
        open(ROUTINE);
        assertThat(browser.findElement(By.id("player")).getAttribute("data-speed")).isEqualTo("20");
        assertThat(browser.findElement(By.cssSelector(".player-stage")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("log-form")).isDisplayed()).isFalse();
        // Record every count the page shows (with its phase) and every phase end, from outside the player.
        js("""
                window.counts = []; window.ends = [];
                const stage = document.querySelector('.player-stage');
                const count = document.querySelector('.player-count');
                new MutationObserver(() => window.counts.push({phase: stage.dataset.phase, kind: stage.dataset.kind,
                    count: count.textContent})).observe(count, {childList: true, characterData: true, subtree: true});
                document.getElementById('player').addEventListener('limber:phaseend', e => window.ends.push(e.detail));
                """);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> steps = (List<Map<String, String>>) js("""
                return Array.from(document.querySelectorAll('.player-step'))
                    .map(li => ({slug: li.dataset.slug, name: li.dataset.name}));""");
        // The default desk break: a few movements at fuller doses, the third of them on each side.
        assertThat(steps).hasSizeGreaterThanOrEqualTo(4);

        browser.findElement(By.id("before-now")).sendKeys("6");
        browser.findElement(By.cssSelector(".player-start")).click();
        assertThat(state()).isEqualTo("running");
        assertThat(stage("kind")).isEqualTo("ready");
        assertThat(text(".player-name")).isEqualTo(steps.get(0).get("name"));
        assertThat(text(".player-next")).isEqualTo("Up next: " + steps.get(1).get("name"));

        // The get-ready countdown runs down and hands over to the work.
        until("the first movement's work", () -> !"ready".equals(stage("kind")));
        List<Integer> ready = recorded("counts").stream().filter(c -> "0".equals(c.get("phase")))
                .map(c -> Integer.parseInt((String) c.get("count"))).distinct().toList();
        assertThat(ready).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo((a, b) -> b - a);
        assertThat(ready.get(0)).isGreaterThanOrEqualTo(9);
        assertThat(recorded("ends").get(0)).containsEntry("kind", "ready").containsEntry("reason", "complete");
        if ("reps".equals(stage("kind"))) {
            assertThat(text(".player-reps")).matches("Rep \\d+ of \\d+");
        }

        // Skip moves on to the next movement at once.
        until("the second movement", () -> "1".equals(stage("step")));
        double before = progress();
        browser.findElement(By.cssSelector("[data-action='skip']")).click();
        assertThat(stage("step")).isEqualTo("2");
        assertThat(stage("kind")).isEqualTo("ready");
        assertThat(text(".player-name")).isEqualTo(steps.get(2).get("name"));
        assertThat(progress()).isGreaterThan(before);

        // Sides switch between the two sides of the third movement. The switch lasts a fraction of a second at 20x:
        // its texts are read in the same step as the phase, not in driver calls the next phase can come between.
        @SuppressWarnings("unchecked")
        List<String> atSwitch = waitFor("the side switch", () -> (List<String>) js("""
                const stage = document.querySelector('.player-stage');
                return stage.dataset.kind !== 'switch' ? null : [stage.querySelector('.player-label').textContent,
                    stage.querySelector('.player-where').textContent];"""));
        assertThat(atSwitch.get(0)).isEqualTo("Switch sides");
        assertThat(atSwitch.get(1)).matches("(Left|Right) side.*");
        until("the second side", () -> !"switch".equals(stage("kind")));
        assertThat(stage("side")).isEqualTo("2");

        // Pause stops the clock; space resumes it.
        until("a hold", () -> "hold".equals(stage("kind")));
        String holdPhase = stage("phase");
        browser.findElement(By.cssSelector("[data-action='pause']")).click();
        assertThat(state()).isEqualTo("paused");
        String pausedAt = text(".player-count");
        double pausedProgress = progress();
        sleep(800); // 16 s of player time: longer than the whole hold
        assertThat(text(".player-count")).isEqualTo(pausedAt);
        assertThat(progress()).isEqualTo(pausedProgress);
        assertThat(stage("phase")).isEqualTo(holdPhase);
        assertThat(text(".player-label")).isEqualTo("Paused");
        assertThat(text("[data-action='pause']")).isEqualTo("Resume");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(state()).isEqualTo("running");

        // The hold counts down to zero and hands over to the next phase.
        until("the end of the hold", () -> !holdPhase.equals(stage("phase")));
        List<Integer> hold = recorded("counts").stream().filter(c -> holdPhase.equals(c.get("phase")))
                .map(c -> Integer.parseInt((String) c.get("count"))).distinct().toList();
        assertThat(hold).isSortedAccordingTo((a, b) -> b - a);
        assertThat(hold.get(hold.size() - 1)).isLessThanOrEqualTo(1);
        assertThat(recorded("ends")).anySatisfy(e -> assertThat(e)
                .containsEntry("index", Long.parseLong(holdPhase)).containsEntry("reason", "complete"));

        // What follows is about where the session goes, not its pace: the page's clock (Date.now, which the player
        // reads; the time-away test below moves it the same way) runs three times faster from here, 60x in all.
        js("const real = Date.now.bind(Date), from = real(); Date.now = () => from + (real() - from) * 3;");

        // The arrows move between phases, paused or not (paused here so the clock cannot move on by itself).
        int late = steps.size() - 2;
        until("a later movement", () -> Integer.parseInt(stage("step")) >= late);
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(state()).isEqualTo("paused");
        int phase = Integer.parseInt(stage("phase"));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(stage("phase")).isEqualTo(Integer.toString(phase + 1));
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(stage("phase")).isEqualTo(Integer.toString(phase));
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(state()).isEqualTo("running");

        // The routine plays to its end and the log form takes over.
        until("the end", () -> "finished".equals(state()));
        WebElement form = browser.findElement(By.id("log-form"));
        assertThat(form.isDisplayed()).isTrue();
        assertThat(progressText()).isNotBlank();
        for (int i = 0; i < steps.size(); i++) {
            WebElement box = browser.findElement(By.cssSelector("input[name='done'][value='" + steps.get(i).get("slug")
                    + "']"));
            assertThat(box.isSelected()).as(steps.get(i).get("slug")).isEqualTo(i != 1);
        }
        assertThat(browser.findElement(By.id("before")).getAttribute("value")).isEqualTo("6");
        int duration = Integer.parseInt(browser.findElement(By.name("durationSeconds")).getAttribute("value"));
        assertThat(duration).isBetween(240, 660);
        browser.findElement(By.id("after")).sendKeys("3");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        until("the history", () -> browser.getCurrentUrl().endsWith("/history"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Session saved to your history.").contains("Midday routine, 10 min")
                .contains((steps.size() - 1) + " of " + steps.size() + " done")
                .contains("Skipped: " + steps.get(1).get("name")).contains("6 → 3");
        assertThat(browser.findElements(By.cssSelector(".session-row"))).hasSize(1);
    }

    /** A routine with movements done on each side whose cues name a side (thoracic side bend, neck side release). */
    static final String SIDED = "/routines/generate/follow?slot=midday&minutes=10&place=desk&date=2026-01-05";

    /** Presses "next" until the stage's data (s) meets the condition; the clock is paused so it cannot move on. */
    private void nextUntil(String condition) {
        for (int i = 0; i < 100; i++) {
            if (Boolean.TRUE.equals(js("const s = document.querySelector('.player-stage').dataset; return "
                    + condition + ";"))) {
                return;
            }
            browser.findElement(By.cssSelector("[data-action='next']")).click();
        }
        throw new AssertionError("never reached: " + condition);
    }

    @Test
    void the_second_side_is_mirrored_and_its_cues_name_that_side() {
        open(SIDED);
        js("""
                window.sounds = [];
                const player = document.getElementById('player');
                player.addEventListener('limber:sound', e => window.sounds.push(e.detail.name));""");
        // A step whose cues name a side: the page carries its second side's words.
        String slug = (String) js("""
                const cue = document.querySelector('.player-step .cue[data-side2]');
                return cue.closest('.player-step').dataset.slug;""");
        browser.findElement(By.cssSelector(".player-start")).click();
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(state()).isEqualTo("paused");
        nextUntil("document.querySelectorAll('.player-step')[Number(s.step)].dataset.slug === '" + slug
                + "' && s.side === '1' && s.kind !== 'ready'");
        String firstSide = text(".player-cues");
        assertThat(figureTransform()).isEqualTo("none");
        String firstName = text(".player-where").replaceAll(" side.*", "");

        nextUntil("s.kind === 'switch'");
        String other = "Right".equals(firstName) ? "left" : "right";
        assertThat(text(".player-where")).startsWith("Right".equals(firstName) ? "Left side" : "Right side");
        assertThat((String) js("return document.querySelectorAll('.phase')[Number(document.querySelector("
                + "'.player-stage').dataset.phase)].dataset.say")).isEqualTo("Switch sides, now the " + other + ".");
        nextUntil("s.kind !== 'switch'");
        assertThat(stage("side")).isEqualTo("2");
        assertThat(figureTransform()).isEqualTo("matrix(-1, 0, 0, 1, 0, 0)");
        String secondSide = text(".player-cues");
        assertThat(secondSide).isNotEqualTo(firstSide)
                .isEqualTo(firstSide.replace("left", "\0").replace("right", "left").replace("\0", "right"));
        assertThat(secondSide).contains(other);
        // Distinct sounds marked the way: work starting and the switch, each by its own pattern.
        assertThat(recordedStrings("sounds")).contains("go", "switch");
    }

    @Test
    void the_full_screen_control_is_there_and_makes_the_timer_fill_the_screen() {
        open(SIDED);
        browser.findElement(By.cssSelector(".player-start")).click();
        WebElement full = browser.findElement(By.cssSelector(".player-fullscreen"));
        assertThat(full.isDisplayed()).isTrue();
        assertThat(full.getText()).isEqualTo("Full screen");
        double before = countHeight();
        full.click();
        until("full screen", () -> Boolean.TRUE.equals(js(
                "return document.fullscreenElement === document.getElementById('player')"
                        + " && document.getElementById('player').classList.contains('is-fullscreen')")));
        assertThat(full.getText()).isEqualTo("Leave full screen");
        assertThat(countHeight()).isGreaterThan(before);
        full.click();
        until("out of full screen", () -> Boolean.TRUE.equals(js("return document.fullscreenElement === null")));
        assertThat(browser.findElement(By.id("player")).getAttribute("class")).doesNotContain("is-fullscreen");
    }

    @Test
    void sound_and_volume_choices_are_remembered_after_a_reload() {
        open(SIDED);
        js("localStorage.clear()");
        browser.navigate().refresh();
        WebElement sound = browser.findElement(By.cssSelector("[data-option='sound']"));
        assertThat(sound.getText()).isEqualTo("Sound: on");
        assertThat((String) js("return document.querySelector('.player-volume').value")).isEqualTo("80");
        sound.click();
        js("""
                const v = document.querySelector('.player-volume');
                v.value = '35';
                v.dispatchEvent(new Event('input', {bubbles: true}));""");
        browser.navigate().refresh();
        sound = browser.findElement(By.cssSelector("[data-option='sound']"));
        assertThat(sound.getText()).isEqualTo("Sound: off");
        assertThat(sound.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat((String) js("return document.querySelector('.player-volume').value")).isEqualTo("35");
        js("localStorage.clear()");
    }

    @Test
    void arrowing_through_in_seconds_logs_every_movement_skipped_and_no_streak() {
        browser.manage().deleteAllCookies();
        open(SIDED);
        int movements = browser.findElements(By.cssSelector(".player-step")).size();
        browser.findElement(By.cssSelector(".player-start")).click();
        for (int i = 0; i < 200 && !"finished".equals(state()); i++) {
            new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertThat(state()).isEqualTo("finished");
        assertThat(browser.findElements(By.cssSelector("input[name='done']:checked"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".log-rule")).isDisplayed()).isTrue();
        int duration = Integer.parseInt(browser.findElement(By.name("durationSeconds")).getAttribute("value"));
        assertThat(duration).isLessThan(120); // a few real seconds at 20x, not the ten planned minutes
        browser.findElement(By.cssSelector("#log-form button[type='submit']")).click();

        until("the history", () -> browser.getCurrentUrl().endsWith("/history"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("0 of " + movements + " done").contains("Skipped:");
        assertThat(browser.findElements(By.cssSelector(".session-row"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".big-number")).getText()).isEqualTo("0");
        browser.manage().deleteAllCookies();
    }

    /** A browser with an English voice (headless Chromium has none): speech recorded instead of spoken. */
    static final String FAKE_VOICE = """
            window.spoken = [];
            const voice = {lang: 'en-US', name: 'Test voice', voiceURI: 'test', localService: true, default: true};
            Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
                getVoices: () => [voice], speak: u => window.spoken.push(u.text), cancel: () => {},
                addEventListener: () => {}}});
            window.SpeechSynthesisUtterance = function (text) { this.text = text; };""";

    @Test
    void spoken_cues_are_on_by_default_where_a_voice_speaks_the_pages_language_and_say_the_side() {
        String id = (String) browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", FAKE_VOICE)).get("identifier");
        try {
            open(SIDED);
            js("localStorage.clear()");
            browser.navigate().refresh();
            WebElement voice = browser.findElement(By.cssSelector("[data-option='voice']"));
            assertThat(voice.isDisplayed()).isTrue();
            assertThat(voice.getText()).isEqualTo("Spoken cues: on");
            browser.findElement(By.cssSelector(".player-start")).click();
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            // The first movement's name and its first key cue, as the page's data says them.
            String first = (String) js("return document.querySelector('.phase').dataset.say");
            assertThat(first).startsWith(steps().get(0) + ". ");
            assertThat(recordedStrings("spoken")).first().isEqualTo(first);
            nextUntil("s.kind === 'switch'");
            assertThat(recordedStrings("spoken")).last().asString().matches("Switch sides, now the (left|right)\\.");

            voice.click();
            assertThat(voice.getText()).isEqualTo("Spoken cues: off");
            browser.navigate().refresh();
            assertThat(browser.findElement(By.cssSelector("[data-option='voice']")).getText())
                    .isEqualTo("Spoken cues: off");
            js("localStorage.clear()");
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> steps() {
        return (List<String>) js("return Array.from(document.querySelectorAll('.player-step')).map(li => li.dataset.name)");
    }

    @Test
    void time_away_from_the_tab_is_caught_up_across_many_phases_without_a_burst_of_sounds() {
        open(SIDED);
        // The page's clock is Date.now(); here it can be moved on, as a phone that slept or a throttled tab finds it.
        js("""
                const realNow = Date.now; window.away = 0; Date.now = () => realNow() + window.away;
                window.sounds = []; window.ends = [];
                const player = document.getElementById('player');
                player.addEventListener('limber:sound', e => window.sounds.push(e.detail.name));
                player.addEventListener('limber:phaseend', e => window.ends.push(e.detail.reason));""");
        browser.findElement(By.cssSelector(".player-start")).click();
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        int phase = Integer.parseInt(stage("phase"));
        double before = progress();
        js("window.sounds.length = 0; window.ends.length = 0");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        // Fifteen seconds away at 20x: five minutes of the routine passed while nobody looked.
        js("window.away = 15000; document.dispatchEvent(new Event('visibilitychange'))");
        assertThat(Integer.parseInt(stage("phase"))).isGreaterThanOrEqualTo(phase + 5);
        assertThat(progress()).isGreaterThanOrEqualTo(before + 300);
        assertThat(recordedStrings("ends")).hasSizeGreaterThanOrEqualTo(5).containsOnly("complete");
        // Caught up silently: not one sound for every phase it passed through.
        assertThat(recordedStrings("sounds")).hasSizeLessThanOrEqualTo(2);
    }

    private String figureTransform() {
        return (String) js("return getComputedStyle(document.querySelector('.player-figure')).transform");
    }

    private double countHeight() {
        return ((Number) js("return document.querySelector('.player-count').getBoundingClientRect().height"))
                .doubleValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> recordedStrings(String name) {
        return (List<String>) js("return window[arguments[0]]", name);
    }

    private String progressText() {
        return text(".player-left");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
