package app.limber.routine;

import app.limber.LimberApplication;
import app.limber.catalog.Block;
import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every routine the builder makes over the rule tests' input space (three dates, shuffles 0 to 2: 58,320 builds),
 * one text line each with all a user sees of it, written to a file and summed up as a SHA-256. Work on the
 * builder's speed must leave the hash unchanged; where it changes, diff the files. The catalog is read as
 * {@link RoutineBenchmark} reads it. A program, not a test.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.routine.RoutineFingerprint \
 *     -Dexec.classpathScope=test [-Dexec.args="target/routine-fingerprint.txt"]
 * </pre>
 */
public final class RoutineFingerprint {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    private RoutineFingerprint() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/routine-fingerprint.txt");
        List<Movement> movements;
        app.limber.catalog.SessionRules rules;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LimberApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                .run("--spring.datasource.url=jdbc:h2:mem:fingerprint;DB_CLOSE_DELAY=-1",
                        "--server.port=" + System.getProperty("report.port", "0"),
                        "--logging.level.root=WARN")) {
            movements = context.getBean(Catalog.class).movements();
            rules = context.getBean(Catalog.class).sessionRules();
        }
        RoutineBuilder builder = new RoutineBuilder(movements, rules);
        List<RoutineRequest> space = InputSpace.all(START).toList();
        int lines = 0;
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int day = 0; day < 3; day++) {
                for (int shuffle = 0; shuffle < 3; shuffle++) {
                    for (RoutineRequest request : space) {
                        RoutineRequest r = new RoutineRequest(request.slot(), request.minutes(), request.equipment(),
                                request.place(), request.cautions(), request.focus(), START.plusDays(day), shuffle);
                        writer.println(line(builder, r));
                        lines++;
                    }
                }
            }
            // What an edit may add: the same rules the builder picks by.
            for (RoutineRequest request : space) {
                writer.println(describe(request) + " addable " + builder.addable(request, Set.of()).stream()
                        .map(Movement::slug).toList());
                for (Block block : Block.values()) {
                    writer.println(describe(request) + " alternatives " + block + " " + builder
                            .alternatives(request, block, Set.of("cat-cow", "shoulder-rolls")).stream()
                            .map(Movement::slug).toList());
                }
            }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String hash = HexFormat.of().formatHex(sha.digest(Files.readAllBytes(out)));
        System.out.printf("routines: %d, written to %s%nsha-256 %s%n", lines, out, hash);
    }

    private static String line(RoutineBuilder builder, RoutineRequest request) {
        Routine routine = builder.build(request);
        StringBuilder line = new StringBuilder(describe(request));
        line.append(" | ").append(builder.warmUp(request));
        line.append(" | ").append(routine.seconds()).append("s short=").append(routine.fallsShort());
        for (RoutineBlock block : routine.blocks()) {
            line.append(" | ").append(block.block()).append(' ').append(block.seconds()).append("s:");
            for (RoutineItem item : block.items()) {
                Dose d = item.dose();
                line.append(' ').append(item.movement().id()).append('/').append(item.movement().slug())
                        .append("[hold=").append(d.holdSeconds()).append(",reps=").append(d.reps())
                        .append(",sets=").append(d.sets()).append(",sides=").append(d.sides())
                        .append(",dur=").append(d.durationSeconds()).append(",secs=").append(item.seconds())
                        .append(",second=").append(item.secondRound()).append(",why=").append(item.reasonKey())
                        .append(']');
            }
        }
        line.append(" | notices ").append(routine.noticeKeys());
        return line.toString();
    }

    /** The request in a stable form: its sets sorted (Set.copyOf iterates in a different order every run). */
    private static String describe(RoutineRequest r) {
        return r.slot() + " " + r.minutes() + "min " + new TreeSet<>(r.equipment()) + " " + r.place() + " "
                + new TreeSet<>(r.cautions()) + " " + r.focus() + " " + r.date() + " #" + r.shuffle();
    }
}
