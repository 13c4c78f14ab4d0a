package app.limber.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark for the server-rendered pages: a fixed number of concurrent clients request each page in turn
 * for a bounded time against a Limber already running on this machine, then print throughput and latency
 * percentiles per page. Loopback only. Not a test: nothing here passes or fails.
 *
 * <pre>
 * ./mvnw spring-boot:run &amp;   # in another terminal
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.bench.PageBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="http://localhost:8080 16 20"
 * </pre>
 */
public final class PageBenchmark {

    static final List<String> PATHS = List.of(
            "/",
            "/stretches",
            "/stretches?block=stretch&equipment=none&slot=midday",
            "/stretches?q=rotation",
            "/stretches/cat-cow",
            "/safety",
            "/routines/generate?slot=midday&minutes=10&place=desk&equipment=chair&date=2026-11-23",
            "/today?date=2026-11-23",
            "/routines/generate/follow?slot=evening&minutes=10&date=2026-11-23");
    static final long MAX_REQUESTS_PER_CLIENT = 200_000;

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String host = URI.create(base).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("Benchmarks run against loopback only, not " + host);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        System.out.printf(Locale.ROOT, "Warming up %s for 5 s...%n", base);
        run(http, base, clients, 5);
        System.out.printf(Locale.ROOT, "Measuring: %d clients, %d s, %d pages in turn%n", clients, seconds,
                PATHS.size());
        Result result = run(http, base, clients, seconds);

        System.out.printf(Locale.ROOT, "%-55s %9s %9s %9s %9s %9s%n", "page", "requests", "median ms", "p95 ms",
                "p99 ms", "KB (gz)");
        for (int p = 0; p < PATHS.size(); p++) {
            long[] lat = result.latencies(p);
            System.out.printf(Locale.ROOT, "%-55.55s %9d %9.2f %9.2f %9.2f %9.1f%n", PATHS.get(p), lat.length,
                    pct(lat, 50), pct(lat, 95), pct(lat, 99),
                    lat.length == 0 ? 0 : result.bytes[p].get() / 1024.0 / lat.length);
        }
        long total = Arrays.stream(result.counts()).sum();
        System.out.printf(Locale.ROOT, "total: %d requests in %d s = %.0f requests/s, errors: %d%n", total, seconds,
                total / (double) seconds, result.errors.get());
    }

    private static Result run(HttpClient http, String base, int clients, int seconds) throws Exception {
        Result result = new Result(PATHS.size(), clients);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                int p = client % PATHS.size();
                for (long n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; n++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATHS.get(p)))
                            .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10)).GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            result.errors.incrementAndGet();
                        } else {
                            result.record(client, p, took, response.body().length);
                        }
                    } catch (Exception e) {
                        result.errors.incrementAndGet();
                    }
                    p = (p + 1) % PATHS.size();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return result;
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /** Latencies per page, kept per client so the hot loop shares nothing but two counters. */
    private static final class Result {
        final long[][][] perClient;
        final int[][] sizes;
        final AtomicLong[] bytes;
        final AtomicLong errors = new AtomicLong();

        Result(int pages, int clients) {
            perClient = new long[clients][pages][1024];
            sizes = new int[clients][pages];
            bytes = new AtomicLong[pages];
            for (int p = 0; p < pages; p++) {
                bytes[p] = new AtomicLong();
            }
        }

        void record(int client, int page, long nanos, int size) {
            long[] lat = perClient[client][page];
            int n = sizes[client][page];
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
                perClient[client][page] = lat;
            }
            lat[n] = nanos;
            sizes[client][page] = n + 1;
            bytes[page].addAndGet(size);
        }

        long[] latencies(int page) {
            long[] all = new long[0];
            for (int c = 0; c < perClient.length; c++) {
                int n = sizes[c][page];
                int from = all.length;
                all = Arrays.copyOf(all, from + n);
                System.arraycopy(perClient[c][page], 0, all, from, n);
            }
            Arrays.sort(all);
            return all;
        }

        long[] counts() {
            long[] counts = new long[bytes.length];
            for (int p = 0; p < counts.length; p++) {
                counts[p] = latencies(p).length;
            }
            return counts;
        }
    }
}
