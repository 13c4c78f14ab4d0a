package app.limber.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under a running app, then started again: pages that need the database answer quickly with a
 * true 503, readiness reports it, the rest of the site keeps working, and the app recovers by itself. Starting
 * while the database is down ends the process with the reason (a supervisor restarts it).
 */
class DatabaseOutageIT {

    /** A quick start (AppProcess.QUICK_START) in 256 MB: what is tested is the answers, not speed. */
    static final List<String> JVM = AppProcess.quickStart("-Xmx256m");

    @TempDir
    Path dir;

    @Test
    void an_outage_is_answered_honestly_and_recovered_from_without_a_restart() throws Exception {
        int pgPort = freePort();
        Path data = dir.resolve("pg");
        EmbeddedPostgres postgres = postgres(data, pgPort);
        try (AppProcess app = AppProcess.start(dir.resolve("app"), JVM, props(pgPort, 12))) {
            WebClient client = new WebClient(app);
            String routine = client.saveRoutine("Before the outage");
            assertThat(client.get(routine).status()).isEqualTo(200);
            assertThat(client.logSession(routine, "Logged before the outage").status()).isEqualTo(302);
            assertThat(client.get("/history").body()).contains("Logged before the outage");

            postgres.close();

            WebClient.Response page = client.get(routine);
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("30");
            assertThat(page.body()).contains("cannot be reached just now").contains("site-header");
            WebClient.Response history = client.get("/history");
            assertThat(history.status()).isEqualTo(503);
            WebClient.Response save = client.trySave("During the outage");
            assertThat(save.status()).isEqualTo(503);
            assertThat(save.body()).contains("This was not saved");
            WebClient.Response catalog = client.get("/stretches");
            assertThat(catalog.status()).isEqualTo(200);
            WebClient.Response ready = client.get("/actuator/health/readiness");
            assertThat(ready.status()).isEqualTo(503);
            WebClient.Response live = client.get("/actuator/health/liveness");
            assertThat(live.status()).isEqualTo(200);
            System.out.printf("Outage: saved routine %d ms, history %d ms, save %d ms, catalog %d ms, "
                            + "readiness %d ms (status %d), liveness %d ms%n", page.millis(), history.millis(),
                    save.millis(), catalog.millis(), ready.millis(), ready.status(), live.millis());
            assertThat(Files.readString(app.log())).doesNotContain(routine.substring("/routines/".length()));

            postgres = postgres(data, pgPort);
            long back = System.nanoTime();
            int status = 0;
            for (int i = 0; i < 50 && status != 200; i++) {
                status = client.get(routine).status();
                if (status != 200) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).as(() -> "the saved routine answers again once the database is back; log:\n"
                    + tail(app)).isEqualTo(200);
            System.out.printf("Recovered %d ms after the database restarted%n", (System.nanoTime() - back) / 1_000_000);
            assertThat(client.get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(client.trySave("After the outage").status()).isEqualTo(302);
        } finally {
            postgres.close();
        }
    }

    @Test
    void starting_while_the_database_is_down_ends_with_the_reason() throws Exception {
        int pgPort = freePort();
        Path appDir = dir.resolve("down");
        assertThatThrownBy(() -> AppProcess.start(appDir, JVM, props(pgPort, 0)))
                .hasMessageContaining("exited while starting");
        Path log = Files.list(appDir).filter(p -> p.toString().endsWith(".log")).findFirst()
                .orElseThrow();
        assertThat(Files.readString(log)).contains("Connection to localhost:" + pgPort + " refused");
    }

    private static String tail(AppProcess app) {
        try {
            List<String> lines = Files.readAllLines(app.log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Map<String, String> props(int pgPort, int connectRetries) {
        return Map.of("spring.profiles.active", "postgres",
                "spring.datasource.url", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.flyway.connect-retries", Integer.toString(connectRetries),
                "spring.flyway.connect-retries-interval", "1s");
    }

    /** Kept data directory (zonky deletes a clean one on close), so a restart finds the same database. */
    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
