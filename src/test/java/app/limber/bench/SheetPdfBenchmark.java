package app.limber.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How long one print-sheet PDF takes: sequential requests (one at a time, so the time is one render's) against a
 * Limber already running on this machine, after a warm-up. Prints min / median / max per case. Loopback only; not a
 * test. See docs/print-sheet.md.
 *
 * <p>"distinct" cases ask for a different document every time (another date, so nothing can come from a cache of
 * finished PDFs): that is the render time. "repeated" cases ask for the same document again and again: that is the
 * time of a sheet already made.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.bench.SheetPdfBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="http://localhost:8080 20"
 * </pre>
 */
public final class SheetPdfBenchmark {

    /** Renders before timing: the first hundred or so run in the interpreter and C1 and take several times longer. */
    static final int WARM_UP = 100;
    /** Dates far from today, one per request: distinct documents never repeat within a run, or across runs. */
    static final LocalDate FIRST_DAY = LocalDate.of(2030, 1, 1);

    record Case(String name, IntFunction<String> path) {
    }

    static final List<Case> CASES = List.of(
            new Case("sheet, distinct (morning 10 min)",
                    i -> "/routines/generate/sheet.pdf?slot=morning&minutes=10&date=" + day(i) + "&paper=a4"),
            new Case("sheet, distinct (evening 45 min)",
                    i -> "/routines/generate/sheet.pdf?slot=evening&minutes=45&date=" + day(i) + "&paper=letter"),
            new Case("sheet, repeated (morning 10 min)",
                    i -> "/routines/generate/sheet.pdf?slot=morning&minutes=10&date=2026-11-21&paper=a4"),
            new Case("week plan, distinct",
                    i -> "/plan/week.pdf?minutes=10&date=" + day(i) + "&paper=a4"),
            new Case("week plan, repeated",
                    i -> "/plan/week.pdf?minutes=10&date=2026-11-21&paper=a4"));

    private static int next;

    private SheetPdfBenchmark() {
    }

    /** A fresh day per call (each distinct case and run advances it). */
    static LocalDate day(int ignored) {
        return FIRST_DAY.plusDays((System.currentTimeMillis() / 1000 % 20_000) * 3 + next++);
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String host = URI.create(base).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("Benchmarks run against loopback only, not " + host);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf(Locale.ROOT, "%-36s %5s %9s %9s %9s %7s%n", "document", "runs", "min ms", "median ms",
                "max ms", "KB");
        for (Case c : CASES) {
            for (int i = 0; i < WARM_UP; i++) {
                fetch(http, base + c.path().apply(i));
            }
            double[] ms = new double[runs];
            int bytes = 0;
            for (int i = 0; i < runs; i++) {
                String url = base + c.path().apply(i);
                long start = System.nanoTime();
                bytes = fetch(http, url);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
            System.out.printf(Locale.ROOT, "%-36s %5d %9.1f %9.1f %9.1f %7.1f%n", c.name(), runs, ms[0], median,
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
