package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person browsing the catalog in a real Chromium: two filters, a search, then one entry. */
class CatalogBrowserTest extends BrowserTest {

    @BeforeAll
    static void setUp() {
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @Test
    void filters_searches_and_opens_an_entry() {
        browser.get(url("/stretches"));
        assertThat(browser.getTitle()).contains("Stretch catalog");
        String all = browser.findElement(By.cssSelector(".match-count")).getText();
        assertThat(all).endsWith("movements");

        check("position", "seated");
        check("equipment", "chair");
        submit("equipment=chair");
        assertThat(browser.getCurrentUrl()).contains("position=seated").contains("equipment=chair");
        String filtered = browser.findElement(By.cssSelector(".match-count")).getText();
        assertThat(filtered).contains(" of ").contains("match");
        assertThat(cardNames()).isNotEmpty().hasSizeLessThan(Integer.parseInt(all.split(" ")[0]));

        WebElement search = browser.findElement(By.id("q"));
        search.clear();
        search.sendKeys("rotation");
        submit("q=rotation");
        assertThat(browser.getCurrentUrl()).contains("q=rotation").contains("position=seated");
        assertThat(cardNames()).hasSize(1);

        browser.findElement(By.cssSelector(".card h3 a")).click();
        assertThat(browser.getCurrentUrl()).contains("/stretches/seated-thoracic-rotation");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".stop-line")).getText()).contains("Stop at once");
        assertThat(browser.findElements(By.cssSelector(".steps li"))).isNotEmpty();
    }

    @Test
    void an_unknown_page_shows_the_site_layout_not_a_whitelabel_page() {
        browser.get(url("/no-such-page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.findElement(By.cssSelector(".site-footer")).getText()).contains("not medical advice");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
    }

    private void check(String facet, String value) {
        WebElement box = browser.findElement(By.cssSelector("input[name='" + facet + "'][value='" + value + "']"));
        if (!box.isDisplayed()) {
            box.findElement(By.xpath("ancestor::details/summary")).click();
        }
        box.click();
        assertThat(box.isSelected()).isTrue();
    }

    private void submit(String expectedInUrl) {
        browser.findElement(By.cssSelector(".filters button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(expectedInUrl));
    }

    private java.util.List<String> cardNames() {
        return browser.findElements(By.cssSelector(".card h3 a")).stream().map(WebElement::getText).toList();
    }
}
