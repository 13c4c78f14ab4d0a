package app.limber.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar started as a real process, as an operator would run it: for tests that kill it, restart it,
 * run two of it side by side or starve it of memory. Failsafe passes the jar's path in {@code limber.jar}.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /**
     * JVM options for a quick start (the client compiler only, the serial collector, small thread stacks), for tests
     * about what the app keeps and answers, where a start matters more than peak speed; not for tests about speed or
     * memory under load (PdfFloodIT).
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");

    /** {@link #QUICK_START} and these options (e.g. a heap bound). */
    public static List<String> quickStart(String... more) {
        List<String> options = new ArrayList<>(QUICK_START);
        options.addAll(List.of(more));
        return List.copyOf(options);
    }

    /**
     * Every client of these tests comes from 127.0.0.1, so the per-address limits on saves and logged sessions
     * (meant for one person) are raised; a test that is about the limits passes its own.
     */
    private static final Map<String, String> LOAD_LIMITS = Map.of(
            "limber.limits.saved-routines", "1000000",
            "limber.limits.logged-sessions", "1000000");

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar on a free port with these JVM options and Spring properties, and waits until it answers.
     *
     * @param jvmOptions e.g. {@code -Xmx128m}
     * @param properties Spring properties, passed as {@code --name=value}
     */
    public static AppProcess start(Path workDir, List<String> jvmOptions, Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // As deployed (docs/deploy.md): the bean definitions Spring AOT worked out at build time.
        command.add("-Dspring.aot.enabled=true");
        command.add("-jar");
        command.add(jar().toString());
        command.add("--server.port=" + port);
        Map<String, String> all = new java.util.LinkedHashMap<>(LOAD_LIMITS);
        all.putAll(properties);
        all.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve("app-" + port + ".log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(process, port, log);
            app.awaitUp();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path jar() {
        String path = System.getProperty("limber.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("limber.jar is not set to the packaged jar (run through ./mvnw verify): "
                    + path);
        }
        return Path.of(path);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush; what was not on disk is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, then wait for the graceful shutdown to finish. */
    public int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitUp() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/")).timeout(
                        Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The app did not answer within " + START_TIMEOUT + "; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
