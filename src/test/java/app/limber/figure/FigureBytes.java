package app.limber.figure;

import app.limber.LimberApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The catalog's figure bytes as served: screen and print, raw and gzipped one by one (as Tomcat sends them), the
 * number quoted in docs/figures.md. With a directory argument it also writes every SVG there ({@code slug.svg},
 * {@code slug-print.svg}) to look at. A program that prints figures, not a test: {@code ./mvnw verify} never runs it.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.figure.FigureBytes \
 *     -Dexec.classpathScope=test [-Dexec.args=target/figures]
 * </pre>
 *
 * The application starts on a random port, or on {@code -Dreport.port=...}.
 */
public final class FigureBytes {

    private FigureBytes() {
    }

    public static void main(String[] args) throws IOException {
        Figures figures;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LimberApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                .run("--spring.datasource.url=jdbc:h2:mem:figurebytes;DB_CLOSE_DELAY=-1",
                        "--server.port=" + System.getProperty("report.port", "0"), "--logging.level.root=WARN")) {
            figures = context.getBean(Figures.class);
        }
        Path dir = args.length > 0 ? Path.of(args[0]) : null;
        if (dir != null) {
            Files.createDirectories(dir);
        }
        long[] screen = new long[2];
        long[] print = new long[2];
        int n = 0;
        for (String slug : Poses.all().keySet()) {
            Map<String, Figures.Svg> both = Map.of(slug + ".svg", figures.screen(slug).orElseThrow(),
                    slug + "-print.svg", figures.print(slug).orElseThrow());
            for (var e : both.entrySet()) {
                byte[] bytes = e.getValue().bytes();
                long[] sum = e.getKey().endsWith("-print.svg") ? print : screen;
                sum[0] += bytes.length;
                sum[1] += gzipped(bytes);
                if (dir != null) {
                    Files.write(dir.resolve(e.getKey()), bytes);
                }
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "%d figures%nscreen: %,d bytes, %,d gzipped one by one%n"
                + "print:  %,d bytes, %,d gzipped one by one%n", n, screen[0], screen[1], print[0], print[1]);
    }

    private static int gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
