package app.limber.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through the Debian chromedriver, so Selenium never tries to download a browser.
 * Browser tests are enabled only where Chromium is installed, unless {@code LIMBER_REQUIRE_BROWSER=true} (set by
 * .ci/run), in which case they always run and fail loudly without a browser.
 *
 * <p>One browser serves every browser test class of a test run ({@link #shared}): starting and quitting Chromium
 * took two seconds a class. Between classes it is made as good as new ({@link #clean}): every site's storage, service
 * workers and caches cleared, every cookie dropped, and a new tab, so no DevTools setting carries over.
 */
public final class Chromium {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final Dimension WINDOW = new Dimension(1280, 900);

    private static ChromeDriver shared;

    private Chromium() {
    }

    /** Chromium is installed here, or CI requires the browser (and fails loudly without it). */
    public static boolean available() {
        return "true".equals(System.getenv("LIMBER_REQUIRE_BROWSER"))
                || (new File(BINARY).canExecute() && new File(DRIVER).canExecute());
    }

    /** A browser of its own, for a tool that runs outside the tests (PlayerScreenshots); quit it when done. */
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

    /** The test run's browser, started on first use and quit when the JVM ends, in a clean tab of 1280x900. */
    public static synchronized ChromeDriver shared() {
        if (shared == null) {
            ChromeDriver started = start(WINDOW.width, WINDOW.height);
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
            shared = started;
        }
        shared.manage().window().setSize(WINDOW);
        shared.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        return shared;
    }

    /**
     * Leaves the shared browser as a new one would be: the storage of every site this tab visited (local storage,
     * service workers, caches, cookies) cleared, then a new tab in place of every old one, so that DevTools
     * overrides (device metrics, emulated media, offline network, scripts added to new documents) go with them.
     */
    public static synchronized void clean() {
        if (shared == null) {
            return;
        }
        Set<String> old = shared.getWindowHandles();
        Set<String> origins = new LinkedHashSet<>();
        for (String handle : old) {
            origins.addAll(visitedOrigins(shared.switchTo().window(handle)));
        }
        for (String origin : origins) {
            shared.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        shared.executeCdpCommand("Network.clearBrowserCache", Map.of());
        shared.switchTo().newWindow(WindowType.TAB);
        String fresh = shared.getWindowHandle();
        for (String handle : old) {
            shared.switchTo().window(handle).close();
        }
        shared.switchTo().window(fresh);
    }

    /** The origins in a tab's history: every page a test opened there, through a proxy or not. */
    @SuppressWarnings("unchecked")
    private static Set<String> visitedOrigins(org.openqa.selenium.WebDriver tab) {
        Set<String> origins = new LinkedHashSet<>();
        List<Map<String, Object>> entries = (List<Map<String, Object>>) ((ChromeDriver) tab)
                .executeCdpCommand("Page.getNavigationHistory", Map.of()).get("entries");
        for (Map<String, Object> entry : entries) {
            URI uri = URI.create((String) entry.get("url"));
            if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
            }
        }
        return origins;
    }
}
