package app.limber.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long one print-sheet PDF takes: sequential requests (one at a time, so the time is one render's) against a
 * Limber already running on this machine, after a warm-up. Prints the median and the spread per document. Loopback
 * only; not a test. See docs/print-sheet.md.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.bench.SheetPdfBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="http://localhost:8080 20"
 * </pre>
 */
public final class SheetPdfBenchmark {

    static final List<String> PATHS = List.of(
            "/routines/generate/sheet.pdf?slot=midday&minutes=5&date=2026-11-21&paper=a4",
            "/routines/generate/sheet.pdf?slot=morning&minutes=45&date=2026-11-21&paper=letter",
            "/plan/week.pdf?minutes=10&date=2026-11-21&paper=a4");
    static final int WARM_UP = 15;

    private SheetPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String host = URI.create(base).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("Benchmarks run against loopback only, not " + host);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf(Locale.ROOT, "%-85s %5s %9s %9s %9s %7s%n", "document", "runs", "min ms", "median ms",
                "max ms", "KB");
        for (String path : PATHS) {
            for (int i = 0; i < WARM_UP; i++) {
                fetch(http, base + path);
            }
            double[] ms = new double[runs];
            int bytes = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                bytes = fetch(http, base + path);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
            System.out.printf(Locale.ROOT, "%-85s %5d %9.1f %9.1f %9.1f %7.1f%n", path, runs, ms[0], median,
                    ms[runs - 1], bytes / 1024.0);
        }
    }

    private static int fetch(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
