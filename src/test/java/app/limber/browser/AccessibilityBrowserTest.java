package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.follow.web.PlayerSpeed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * axe-core's WCAG 2.0/2.1/2.2 A and AA rules over every page type, in both languages and both colour schemes: zero
 * violations. One browser and one app context; each run walks the whole site in one language and fails once,
 * listing every rule broken with its impact, the elements and the page, so a CI log says what to fix. Closed
 * {@code <details>} are opened first, so the edit forms, filters and menus they hold are checked too.
 *
 * <p>Each page is loaded once a language, in the scheme chosen last, and checked; then the header's Display menu
 * switches it to the other scheme, as a visitor does it (the page changes at once, no reload), and it is checked
 * again. A scheme changes colours only: where every element keeps its box and visibility across the switch (checked
 * here, on every page), the rules that do not read colours find the same in both schemes, so the second check runs
 * the rules that do ({@link #COLOUR_RULES}); where anything moved, it runs every rule again. The choice the menu
 * writes is the scheme the next page loads in, so both schemes are loaded from the server and switched to in the page.
 */
@EnabledIf(value = "app.limber.browser.Axe#available",
        disabledReason = "Chromium or axe-core is not installed here (npm ci --prefix .ci/axe)")
class AccessibilityBrowserTest extends BrowserTest {

    /** The player's clock at 300x, so a whole session plays in about two seconds. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FastClock {
        @Bean
        PlayerSpeed playerSpeed() {
            return new PlayerSpeed(300);
        }
    }

    static final String ROUTINE = "/routines/generate?slot=evening&minutes=15&place=home&equipment=chair"
            + "&date=2026-01-05";
    static final String FOLLOW = "/routines/generate/follow?slot=midday&minutes=10&place=desk&date=2026-01-05";

    /** The axe rules that read colours (text contrast; a link told from its text by colour alone). */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** Every element's box and visibility: what the rules that do not read colours see of a page's styles. */
    static final String LAYOUT = """
            return Array.from(document.querySelectorAll('*'), e => {
                const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                return [e.tagName, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height),
                    s.display, s.visibility, s.opacity, s.fontSize].join(' ');
            }).join('\\n');""";

    static String axe;
    /** A routine saved and a session logged by this browser, made once for all runs. */
    static String saved;

    @BeforeAll
    static void loadAxe() {
        axe = Axe.source();
    }

    String playerState() {
        return (String) js("return document.getElementById('player').dataset.state");
    }

    /** Language and colours as a visitor chooses them: the language cookie and the look cookie. */
    void choose(String language, String scheme) {
        open("/offline");
        browser.manage().deleteCookieNamed("limber_lang");
        browser.manage().deleteCookieNamed("limber_look");
        browser.manage().addCookie(new Cookie("limber_lang", language, "/"));
        browser.manage().addCookie(new Cookie("limber_look", scheme + ".normal", "/"));
    }

    /** Saves a routine and logs a session once, so "My routines", the saved routine and the history have rows. */
    void ensureData() {
        if (saved != null) {
            return;
        }
        open(ROUTINE);
        browser.findElement(By.id("name")).sendKeys("Evening unwind");
        browser.findElement(By.cssSelector(".save-routine button[type='submit']")).click();
        until("the saved routine", () -> browser.getCurrentUrl().matches(".*/routines/[A-Za-z0-9_-]{8,}$"));
        saved = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        open(FOLLOW);
        browser.findElement(By.cssSelector(".player-start")).click();
        until("the end of the session", () -> "finished".equals(playerState()));
        browser.findElement(By.cssSelector("#log-form button[type='submit']")).click();
        until("the history", () -> browser.getCurrentUrl().endsWith("/history"));
    }

    /** A page type: how to get there, and an element that shows it is the state meant (errors shown, a row...). */
    record Page(String name, Runnable visit, String mustShow) {
    }

    Page at(String name, String path, String mustShow) {
        return new Page(name, () -> open(path), mustShow);
    }

    /** Every page type. */
    List<Page> pages() {
        return List.of(
                at("home", "/", ".site-nav"),
                at("catalog", "/stretches", ".results .card"),
                at("catalog filtered", "/stretches?slot=evening&area=hips&equipment=none", ".results .card"),
                at("catalog search", "/stretches?q=twist", ".results .card"),
                at("catalog no match", "/stretches?q=zzzz", ".results"),
                at("detail", "/stretches/cat-cow", "main h1"),
                at("routine form", "/routines/new", "form"),
                at("routine form with errors", "/routines/generate?slot=noon&minutes=500&place=home", ".form-errors"),
                at("routine", ROUTINE, ".save-routine"),
                at("today", "/today", "main h1"),
                at("today with errors", "/today?middayMinutes=500", ".form-errors"),
                at("saved routine", saved, "details.item-edit form.swap"),
                at("my routines", "/routines", ".mine-item"),
                at("history", "/history", ".session-row"),
                at("sheet", ROUTINE.replace("generate?", "generate/sheet?"), ".sheet"),
                at("week plan", "/plan/week", ".sheet.week"),
                at("reminder calendar", "/plan/reminders", "main h1"),
                at("reminders", "/reminders", "main form"),
                at("movement break", "/reminders/break", ".reminder-break a.button"),
                at("safety", "/safety", "main h1"),
                at("guide", "/guide", "main h1"),
                at("figures", "/stretches/figures", "main img"),
                at("offline", "/offline", "main h1"),
                at("404", "/stretches/no-such-stretch", "main h1"),
                at("400", "/look?theme=purple", "main h1"),
                at("player before start", FOLLOW, ".player-start"),
                new Page("player running (paused)", () -> {
                    open(FOLLOW);
                    browser.findElement(By.cssSelector(".player-start")).click();
                    new Actions(browser).sendKeys(Keys.SPACE).perform();
                    until("the player paused", () -> "paused".equals(playerState()));
                }, ".player-stage"),
                new Page("player finished (log form)", () -> {
                    open(FOLLOW);
                    browser.findElement(By.cssSelector(".player-start")).click();
                    until("the end of the session", () -> "finished".equals(playerState()));
                }, "#log-form"));
    }

    static String other(String scheme) {
        return "light".equals(scheme) ? "dark" : "light";
    }

    @ParameterizedTest(name = "{0}, light and dark")
    @ValueSource(strings = {"en", "es"})
    void every_page_type_meets_wcag_2_2_a_and_aa(String language) {
        ensureData();
        String scheme = "light";
        choose(language, scheme);
        List<Axe.Violation> found = new ArrayList<>();
        StringBuilder tally = new StringBuilder();
        for (Page page : pages()) {
            String name = page.name();
            page.visit().run();
            assertThat(browser.findElements(By.cssSelector(page.mustShow()))).as(name + " shows " + page.mustShow())
                    .isNotEmpty();
            js("document.querySelectorAll('details').forEach(d => d.open = true)");
            String loaded = scheme;
            if (browser.findElements(By.cssSelector("form.look")).isEmpty()) {
                // The print sheet is paper: a layout of its own, always light, whatever the look cookie says; the
                // page is the same in either scheme, so one check covers both.
                assertThat(js("return document.documentElement.dataset.theme")).as(name).isNull();
                tally(tally, name + " (paper)", found, () -> Axe.check(browser, axe, name + " (" + language + ")"));
                continue;
            }
            assertThat(js("return document.documentElement.dataset.theme")).as(name).isEqualTo(loaded);
            tally(tally, name + " (" + loaded + ")", found,
                    () -> Axe.check(browser, axe, name + " (" + language + ", " + loaded + ")"));

            String layout = (String) js(LAYOUT);
            scheme = other(loaded);
            js("document.querySelector(`form.look input[name=theme][value=${arguments[0]}]`).click()", scheme);
            String switched = scheme;
            assertThat(js("return document.documentElement.dataset.theme")).as(name + " switched").isEqualTo(switched);
            boolean sameLayout = layout.equals(js(LAYOUT));
            tally(tally, name + " (" + switched + (sameLayout ? ", colour rules)" : ", layout moved)"), found,
                    () -> sameLayout
                            ? Axe.check(browser, axe, name + " (" + language + ", " + switched + ")", COLOUR_RULES)
                            : Axe.check(browser, axe, name + " (" + language + ", " + switched + ")"));
        }
        System.out.println("axe-core " + language + ":" + tally);
        assertThat(found).as("WCAG A/AA violations (%s)", language).isEmpty();
    }

    /** Runs one check, keeps what it found and adds a line to the tally. */
    static void tally(StringBuilder tally, String name, List<Axe.Violation> found,
                      java.util.function.Supplier<List<Axe.Violation>> check) {
        long start = System.nanoTime();
        List<Axe.Violation> here = check.get();
        found.addAll(here);
        tally.append(String.format("%n  %-46s %2d rules, %3d elements  (%s; axe %d ms)", name, here.size(),
                here.stream().mapToInt(v -> v.targets().size()).sum(), browser.getTitle(),
                (System.nanoTime() - start) / 1_000_000));
    }

    /** What the keyboard's focus is on, for messages: tag, classes, name or text. */
    String focused() {
        return (String) js("""
                const e = document.activeElement;
                return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                    + ' "' + (e.getAttribute('aria-label') || e.name || e.textContent || '').trim().slice(0, 40) + '"'
                    + ' on ' + location.pathname;""");
    }

    /** The focused element draws a focus indicator of its own: an outline at least 2px wide, or a box shadow. */
    void assertFocusVisible() {
        assertThat(js("return document.activeElement !== document.body && document.activeElement !== null"))
                .as("focus is on an element, not lost to the page (%s)", focused()).isEqualTo(true);
        assertThat(js("""
                const s = getComputedStyle(document.activeElement);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';"""))
                .as("focus indicator on %s", focused()).isEqualTo(true);
    }

    void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses Tab (or Shift+Tab) until the focused element matches the condition on {@code e}, checking that every
     *  element passed on the way shows where the focus is. */
    void tabTo(String what, String condition, boolean back) {
        for (int i = 0; i < 80; i++) {
            if (back) {
                new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press(Keys.TAB);
            }
            assertFocusVisible();
            if (Boolean.TRUE.equals(js("const e = document.activeElement; return !!(" + condition + ");"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + what + "; last focus: " + focused());
    }

    /** A key press that follows a link returns at once: wait for the new page and its deferred scripts. */
    void arrived(String what, String urlPart) {
        until(what, () -> browser.getCurrentUrl().contains(urlPart)
                && "complete".equals(js("return document.readyState")));
    }

    @Test
    void from_the_home_page_to_a_logged_session_with_the_keyboard_alone() {
        open("/");
        browser.manage().deleteCookieNamed("limber_look");
        browser.manage().deleteCookieNamed("limber_lang");
        open("/");

        // The Display menu: open it, pick the dark colours with the arrow keys, and go on in the dark.
        tabTo("the Display menu", "e.matches('.look-menu summary')", false);
        press(Keys.ENTER);
        tabTo("the colour choices", "e.matches('input[name=theme]')", false);
        press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertFocusVisible();
        until("the dark colours", () -> "dark".equals(js("return document.documentElement.dataset.theme")));

        // Back up to the skip link (Shift+Tab), then on to the main action: a routine for now.
        tabTo("the skip link", "e.matches('a.skip')", true);
        press(Keys.ENTER);
        tabTo("Get a routine", "e.matches('main a.button') && e.getAttribute('href').endsWith('/routines/generate')",
                false);
        press(Keys.ENTER);
        arrived("the routine page", "/routines/generate");

        tabTo("Follow along", "e.matches('main a.button') && e.getAttribute('href').includes('/follow')", false);
        press(Keys.ENTER);
        arrived("the player", "/follow");

        tabTo("how it feels now", "e.id === 'before-now'", false);
        press("7");
        tabTo("Start", "e.matches('.player-start')", false);
        press(Keys.ENTER);
        // At 300x the whole routine plays in seconds; the log form then takes the focus (on "after").
        until("the end of the session", () -> "finished".equals(playerState()));
        assertFocusVisible();
        assertThat(js("return document.activeElement.name")).isEqualTo("after");
        press("2");
        tabTo("Save to my history", "e.matches('#log-form button[type=submit]')", false);
        press(Keys.ENTER);

        arrived("the history", "/history");
        assertThat(browser.findElements(By.cssSelector(".session-row")).stream().map(r -> r.getText()))
                .anySatisfy(row -> assertThat(row).contains("7 → 2"));
        assertThat(js("return document.documentElement.dataset.theme")).isEqualTo("dark");
    }
}
