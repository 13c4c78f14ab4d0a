package app.limber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/** The print sheet as people print it: from Chromium's print dialog, on A4 and on US Letter. */
class SheetBrowserTest extends BrowserTest {

    static final PageSize A4 = new PageSize(29.7, 21.0);
    static final PageSize LETTER = new PageSize(27.94, 21.59);

    private static PDDocument print(PageSize paper) throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(paper);
        options.setBackground(false);
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        return Loader.loadPDF(pdf);
    }

    @ParameterizedTest(name = "{0} min {1} on {2}")
    @CsvSource({"morning, 15, a4", "evening, 45, letter", "midday, 5, a4", "morning, 45, letter", "morning, 45, a4"})
    void the_sheet_prints_on_one_page_without_the_toolbar(String slot, int minutes, String paper) throws IOException {
        browser.get(url("/routines/generate/sheet?slot=" + slot + "&minutes=" + minutes + "&date=2026-11-21"));
        assertThat(browser.findElement(By.cssSelector("button[data-print]")).isDisplayed())
                .as("print.js shows the print button").isTrue();
        int movements = browser.findElements(By.cssSelector("td.move:not(.empty)")).size();
        assertThat(movements).as("up to 12 in full, up to 26 dense").isBetween(1, 26);

        try (PDDocument doc = print("a4".equals(paper) ? A4 : LETTER)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Tick each day you do it").doesNotContain("PDF (A4)").doesNotContain("Back to");
        }
    }

    @Test
    void the_week_plan_prints_on_one_page_without_the_sites_header_or_the_way_back() throws IOException {
        browser.get(url("/plan/week?date=2026-11-21&minutes=20"));
        // On screen the week plan keeps the site's header and a way back to the day.
        assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".sheet-back")).isDisplayed()).isTrue();
        try (PDDocument doc = print(LETTER)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Week plan").doesNotContain("Back to today").doesNotContain("Good habits")
                    .doesNotContain("Calendar reminders").doesNotContain("Red flags and when to stop");
        }
    }

    @Test
    void the_routine_page_prints_without_buttons_or_forms_and_never_splits_a_movement() throws IOException {
        browser.get(url("/routines/generate?slot=morning&minutes=20&date=2026-11-21"));
        java.util.List<String> onScreen = browser.findElements(By.cssSelector(".routine-item h3")).stream()
                .map(e -> e.getText().strip()).toList();
        assertThat(onScreen).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".actions .button")).isDisplayed()).isTrue();

        try (PDDocument doc = print(LETTER)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(onScreen)
                    .doesNotContain("Shuffle: another combination").doesNotContain("Good habits");
            // A movement split across pages would have its name on one page and its dose on the next: every name
            // is on the same page as the line that follows it on screen.
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String[] lines = stripper.getText(doc).strip().split("\\R");
                assertThat(onScreen).as("page %d does not end on a movement name", page)
                        .doesNotContain(lines[lines.length - 1].strip());
            }
        }
    }

    @Test
    void a_site_page_prints_without_header_navigation_or_buttons() throws IOException {
        browser.get(url("/stretches/cat-cow"));
        try (PDDocument doc = print(A4)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Cat-cow").doesNotContain("Good habits").doesNotContain("Skip to content");
        }
    }
}
