package app.limber.routine;

import app.limber.LimberApplication;
import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long it takes to build one routine, over the whole input space of the rule tests (every slot, 9 lengths,
 * 6 equipment sets, both places, 5 caution sets, 4 focuses: 6,480 requests) on the real catalog. Prints the
 * median, p95 and p99 of single builds after a warm-up. The catalog is read once through the application (an
 * in-memory H2 migrated by Flyway, on a random port), then the builder runs alone. A program, not a test: {@code ./mvnw verify} never runs it.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.routine.RoutineBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="rounds"]
 * </pre>
 */
public final class RoutineBenchmark {

    private RoutineBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Movement> movements;
        app.limber.catalog.SessionRules rules;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LimberApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                // Arguments, not default properties: they must win over application.properties' file database.
                .run("--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
                        "--server.port=" + System.getProperty("report.port", "0"),
                        "--logging.level.root=WARN")) {
            movements = context.getBean(Catalog.class).movements();
            rules = context.getBean(Catalog.class).sessionRules();
        }
        RoutineBuilder builder = new RoutineBuilder(movements, rules);
        LocalDate start = LocalDate.of(2026, 11, 23);
        List<RoutineRequest> space = InputSpace.all(start).toList();

        long sink = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (RoutineRequest request : space) {
                sink += builder.build(request.withShuffle(warm)).seconds();
            }
        }
        long[] nanos = new long[space.size() * rounds];
        int n = 0;
        long wall = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (RoutineRequest request : space) {
                // Each round is another day, so every build is a fresh combination.
                RoutineRequest r = new RoutineRequest(request.slot(), request.minutes(), request.equipment(),
                        request.place(), request.cautions(), request.focus(), start.plusDays(round + 1), 0);
                long t0 = System.nanoTime();
                Routine routine = builder.build(r);
                nanos[n++] = System.nanoTime() - t0;
                sink += routine.seconds();
            }
        }
        wall = System.nanoTime() - wall;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "catalog: %d movements; input space: %d requests x %d rounds = %d builds%n",
                movements.size(), space.size(), rounds, nanos.length);
        System.out.printf(Locale.ROOT, "one routine: median %.1f µs, p95 %.1f µs, p99 %.1f µs, max %.1f µs%n",
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1000.0);
        System.out.printf(Locale.ROOT, "throughput: %.0f routines/s on one thread (checksum %d)%n",
                nanos.length / (wall / 1e9), sink);
    }

    private static double pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
