package app.limber.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: takes the player's screenshots for docs/issue-13 from an app already running (phone width, 390 px):
 * mid-hold, on the second side (mirrored) and in full screen. Run with
 * {@code ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.limber.browser.PlayerScreenshots
 * -Dexec.args="http://localhost:18110 docs/issue-13"}.
 */
public final class PlayerScreenshots {

    private PlayerScreenshots() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String base = args[0];
        Path out = Path.of(args[1]);
        org.openqa.selenium.chrome.ChromeDriver browser = Chromium.start(390, 844);
        try {
            // A phone's screen, so full screen fills 390 x 844 too (headless Chromium's screen is 800 x 600).
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390,
                    "height", 844, "deviceScaleFactor", 1, "mobile", false, "screenWidth", 390, "screenHeight", 844));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            browser.get(base + "/routines/generate/follow?slot=midday&minutes=10&place=desk&date=2026-01-05");
            browser.findElement(By.cssSelector(".player-start")).click();
            // On to the first hold of a movement done on each side, then let its countdown run a little.
            nextUntil(browser, "s.kind === 'hold' && s.side === '1'");
            Thread.sleep(2500);
            shot(browser, out.resolve("player-hold.png"));
            nextUntil(browser, "s.kind === 'hold' && s.side === '2'");
            Thread.sleep(2500);
            shot(browser, out.resolve("player-second-side.png"));
            browser.findElement(By.cssSelector(".player-fullscreen")).click();
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> (Boolean) js.executeScript(
                    "return document.getElementById('player').classList.contains('is-fullscreen')"));
            Thread.sleep(1500);
            shot(browser, out.resolve("player-fullscreen.png"));
        } finally {
            browser.quit();
        }
    }

    private static void nextUntil(WebDriver browser, String condition) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (int i = 0; i < 80; i++) {
            Boolean there = (Boolean) js.executeScript(
                    "const s = document.querySelector('.player-stage').dataset; return " + condition + ";");
            if (Boolean.TRUE.equals(there)) {
                return;
            }
            browser.findElement(By.cssSelector("[data-action='next']")).click();
        }
        throw new IllegalStateException("never reached: " + condition);
    }

    private static void shot(WebDriver browser, Path file) throws IOException {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("saved " + file);
    }
}
