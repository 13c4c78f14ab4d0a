package app.limber.bench;

import app.limber.LimberApplication;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the launch goes: starts Limber once (in-memory database, random port) with Spring's step recorder and prints
 * the slowest beans and phases, each with its own time (the steps it started subtracted). Not a test. See
 * docs/benchmark.md.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.bench.StartupReport -Dexec.classpathScope=test \
 *     [-Dexec.args="30"]   (how many steps to print, default 25)
 * </pre>
 */
public final class StartupReport {

    private StartupReport() {
    }

    public static void main(String[] args) {
        int shown = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        BufferingApplicationStartup recorder = new BufferingApplicationStartup(20_000);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LimberApplication.class)
                // Named, so that in AOT mode (-Dspring.aot.enabled=true) the initializer generated for it is found.
                .main(LimberApplication.class).applicationStartup(recorder).logStartupInfo(false)
                .run("--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1", "--server.port=0",
                        "--logging.level.root=WARN")) {
            long total = System.nanoTime() - start;
            List<StartupTimeline.TimelineEvent> events = recorder.getBufferedTimeline().getEvents();
            System.out.printf(Locale.ROOT, "context up in %d ms; %d steps recorded%n", total / 1_000_000,
                    events.size());
            System.out.printf(Locale.ROOT, "%9s %9s  %s%n", "own ms", "total ms", "step");
            events.stream()
                    .map(event -> new Row(event, own(event, events)))
                    .sorted(Comparator.comparing(Row::own).reversed())
                    .limit(shown)
                    .forEach(row -> System.out.printf(Locale.ROOT, "%9d %9d  %s%n", row.own().toMillis(),
                            row.event().getDuration().toMillis(), describe(row.event().getStartupStep())));
        }
    }

    private record Row(StartupTimeline.TimelineEvent event, Duration own) {
    }

    /** A step's time less the time of the steps it started directly. */
    private static Duration own(StartupTimeline.TimelineEvent event, List<StartupTimeline.TimelineEvent> events) {
        long id = event.getStartupStep().getId();
        Duration children = events.stream()
                .filter(e -> e.getStartupStep().getParentId() != null && e.getStartupStep().getParentId() == id)
                .map(StartupTimeline.TimelineEvent::getDuration)
                .reduce(Duration.ZERO, Duration::plus);
        return event.getDuration().minus(children);
    }

    private static String describe(StartupStep step) {
        StringBuilder text = new StringBuilder(step.getName());
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName")) {
                text.append(' ').append(tag.getValue());
            }
        }
        return text.toString();
    }
}
