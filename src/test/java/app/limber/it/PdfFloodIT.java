package app.limber.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heavy work cannot take the server down: the packaged app at {@code -Xmx128m} (and without
 * {@code ExitOnOutOfMemoryError}, so that only the app's own bound is tested) gets 16 clients asking for PDFs
 * (generated and saved sheets, the week plan) for 20 s, while one client keeps reading the catalog. Every catalog
 * request must get its 200, every PDF request a 200 or a 503 (never a hang), and the app must still answer at
 * the end. Before the gate every PDF request timed out and the app stopped answering the catalog.
 */
class PdfFloodIT {

    private static final int PDF_CLIENTS = 16;
    /** Twice the client timeout: a request that hangs is seen to time out, and every client asks several times. */
    private static final Duration FLOOD = Duration.ofSeconds(20);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern TOKEN_PATH = Pattern.compile("/routines/([A-Za-z0-9_-]+)");

    @Test
    void catalog_keeps_answering_while_sixteen_clients_ask_for_pdfs_at_128_mb(@TempDir Path dir) throws Exception {
        try (AppProcess app = AppProcess.start(dir, List.of("-Xmx128m"), Map.of())) {
            List<String> pdfs = pdfPaths(app);
            // One of each first, one at a time: the first render of a cold JVM takes several seconds on a busy
            // machine, which is slowness, not the hang this test is about.
            for (String pdf : pdfs) {
                assertThat(fetch(client(), app, pdf, WARM_UP_TIMEOUT)).as("warm-up " + pdf).isEqualTo("200");
            }
            Map<String, AtomicInteger> pdfOutcomes = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> catalogOutcomes = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> catalogMillis = new ConcurrentLinkedQueue<>();
            long deadline = System.nanoTime() + FLOOD.toNanos();

            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < PDF_CLIENTS; c++) {
                int first = c;
                threads.add(new Thread(() -> {
                    HttpClient client = client();
                    for (int n = first; System.nanoTime() < deadline; n++) {
                        String outcome = fetch(client, app, afresh(pdfs.get(n % pdfs.size()), n));
                        pdfOutcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                    }
                }, "pdf-" + c));
            }
            threads.add(new Thread(() -> {
                HttpClient client = client();
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    catalogOutcomes.add(fetch(client, app, "/stretches"));
                    catalogMillis.add((System.nanoTime() - start) / 1_000_000);
                }
            }, "catalog"));
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }

            String after = fetch(client(), app, "/stretches");
            List<Long> sorted = catalogMillis.stream().sorted().toList();
            Map<String, Integer> catalogCounts = new TreeMap<>();
            catalogOutcomes.forEach(o -> catalogCounts.merge(o, 1, Integer::sum));
            System.out.println("PdfFloodIT: PDF answers " + new TreeMap<>(pdfOutcomes) + "; catalog requests "
                    + catalogOutcomes.size() + " " + catalogCounts + ", median " + percentile(sorted, 50)
                    + " ms, p99 " + percentile(sorted, 99) + " ms; alive " + app.isAlive() + ", after: " + after);

            assertThat(app.isAlive()).as("the app survived the flood").isTrue();
            assertThat(after).as("the catalog after the flood").isEqualTo("200");
            assertThat(catalogOutcomes).as("catalog answers during the flood").isNotEmpty().containsOnly("200");
            assertThat(pdfOutcomes.keySet()).as("PDF answers (200, or 503 when busy; never a hang or an error)")
                    .isSubsetOf("200", "503").contains("200");
        }
    }

    /** Every PDF the site renders: generated sheets (two slots), a saved routine's sheet, the week plan. */
    private static List<String> pdfPaths(AppProcess app) throws IOException, InterruptedException {
        Browser browser = new Browser(CLIENT_TIMEOUT);
        HttpResponse<String> page = browser.get(app.uri("/routines/generate?slot=evening&minutes=15"));
        HttpResponse<String> saved = browser.post(app.uri("/routines"),
                Browser.form(page.body(), "/routines").with(Map.of("name", "Flood")));
        Matcher token = TOKEN_PATH.matcher(Browser.redirectPath(saved).orElseThrow());
        assertThat(token.matches()).as("saved routine").isTrue();
        return List.of("/routines/generate/sheet.pdf?slot=morning&minutes=10",
                "/routines/" + token.group(1) + "/sheet.pdf?paper=a4",
                "/plan/week.pdf?paper=letter",
                "/routines/generate/sheet.pdf?slot=midday&minutes=20&paper=a4");
    }

    /**
     * Generated sheets and the week plan for another day each time, so that every request renders (a PDF asked
     * for again is answered from the PDF cache, which would test nothing here); the saved sheet stays as it is.
     */
    private static String afresh(String pdf, int n) {
        if (pdf.startsWith("/routines/generate/") || pdf.startsWith("/plan/")) {
            return pdf + "&date=" + java.time.LocalDate.of(2027, 1, 1).plusDays(n % 700);
        }
        return pdf;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The status as text, or what went wrong instead ("timeout", "error: ..."). */
    private static String fetch(HttpClient client, AppProcess app, String path) {
        return fetch(client, app, path, CLIENT_TIMEOUT);
    }

    private static String fetch(HttpClient client, AppProcess app, String path, Duration timeout) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(app.uri(path)).timeout(timeout)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            return Integer.toString(response.statusCode());
        } catch (HttpTimeoutException e) {
            return "timeout";
        } catch (IOException e) {
            return "error: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
