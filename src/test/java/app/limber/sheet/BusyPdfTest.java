package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.system.HeavyWork;
import app.limber.system.HeavyWorkProperties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every PDF permit taken: the PDF endpoints answer with the busy page, a 503 with Retry-After, in the layout. */
@SpringBootTest
@AutoConfigureMockMvc
class BusyPdfTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    HeavyWork heavy;
    @Autowired
    HeavyWorkProperties properties;

    private final ExecutorService holders = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    /** Gives the permits back before the next test (the context, and so the gate, is shared). */
    @AfterEach
    void letGo() throws InterruptedException {
        release.countDown();
        holders.shutdown();
        assertThat(holders.awaitTermination(30, TimeUnit.SECONDS)).as("permits given back").isTrue();
    }

    /** Takes every permit until the test ends. */
    private void holdEveryPermit() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(properties.permits());
        for (int i = 0; i < properties.permits(); i++) {
            holders.submit(() -> heavy.run(() -> {
                holding.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        assertThat(holding.await(30, TimeUnit.SECONDS)).as("every permit held").isTrue();
    }

    @Test
    void a_pdf_past_the_bound_gets_the_busy_page_with_retry_after() throws Exception {
        holdEveryPermit();

        // Dates no other test asks for: nothing of these is in the cache of finished PDFs.
        for (String path : new String[] {"/routines/generate/sheet.pdf?slot=morning&minutes=10&date=2031-04-01",
                "/plan/week.pdf?paper=a4&date=2031-04-01"}) {
            MvcTestResult result = mvc.get().uri(path).exchange();
            assertThat(result).as(path).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(result).as(path).hasHeader("Retry-After", Long.toString(properties.retryAfter().toSeconds()));
            assertThat(result).as(path).bodyText().contains("Not available just now")
                    .contains("Nothing was lost: please try again in a few seconds.")
                    .contains("Browse the stretch catalog");
        }
    }

    @Test
    void a_pdf_made_before_is_sent_even_when_every_permit_is_taken() throws Exception {
        String path = "/routines/generate/sheet.pdf?slot=evening&minutes=10&date=2031-04-02";
        MvcTestResult made = mvc.get().uri(path).exchange();
        assertThat(made).hasStatusOk();

        holdEveryPermit();

        MvcTestResult again = mvc.get().uri(path).exchange();
        assertThat(again).hasStatusOk().hasContentType("application/pdf");
        assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(made.getResponse().getContentAsByteArray());
        assertThat(mvc.get().uri(path.replace("2031-04-02", "2031-04-03")).exchange()).as("not made before")
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void with_a_permit_free_the_pdf_is_rendered() {
        MvcTestResult result = mvc.get().uri("/routines/generate/sheet.pdf?slot=morning&minutes=10").exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
    }
}
