package app.limber.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through the Debian chromedriver, so Selenium never tries to download a browser.
 * Browser tests are enabled only where Chromium is installed, unless {@code LIMBER_REQUIRE_BROWSER=true} (set by
 * .ci/run), in which case they always run and fail loudly without a browser.
 */
public final class Chromium {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** Used by {@code @EnabledIf}: skip with a stated reason (no Chromium here) unless CI requires the browser. */
    public static boolean available() {
        return "true".equals(System.getenv("LIMBER_REQUIRE_BROWSER"))
                || (new File(BINARY).canExecute() && new File(DRIVER).canExecute());
    }

    public static ChromeDriver start(int width, int height) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("limber-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare a Chromium profile directory", e);
        }
    }
}
