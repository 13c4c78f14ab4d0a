package app.limber.browser;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test in a real Chromium against the whole app on a random port: the run's one browser ({@link Chromium#shared}),
 * clean for each class, and the few things every such test does (open a page, run a script, wait for a state).
 * Skipped with its reason where Chromium is absent, unless CI requires the browser.
 *
 * <p>Waits poll every 10 ms (WebDriverWait's own default is half a second, which a test then waits for nothing);
 * they wait for a state the page reaches, never for a fixed time.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(10);

    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    protected static void openBrowser() {
        Assumptions.assumeTrue(Chromium.available(), "Chromium is not installed here");
        browser = Chromium.shared();
    }

    @AfterAll
    protected static void cleanBrowser() {
        Chromium.clean();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected static Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    /** Waits until the condition holds. */
    protected static void until(String what, BooleanSupplier condition) {
        waitFor(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** Waits until the script (a page-side condition, {@code arguments} as given) returns true. */
    protected static void await(String what, String script, Object... args) {
        until(what, () -> Boolean.TRUE.equals(js(script, args)));
    }

    /** Waits until the value is there (neither null nor false) and returns it. */
    protected static <T> T waitFor(String what, Supplier<T> value) {
        return new WebDriverWait(browser, TIMEOUT, POLL).withMessage(what).until(d -> value.get());
    }
}
