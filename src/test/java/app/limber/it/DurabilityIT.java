package app.limber.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable: concurrent clients save routines, edit them and log sessions against the packaged
 * app; the process is killed with SIGKILL in the middle of the load and started again on the same database; every
 * write that got a success answer (its 302) must be there. Two rounds on the default H2 file database (the
 * app's working directory is a temp dir, so its default {@code ./data} URL is the one tested), one on PostgreSQL.
 * A write that got anything else (a refusal, a 429 from a rate limit, a broken connection) is not acknowledged
 * and not looked for.
 */
class DurabilityIT {

    private static final int CLIENTS = 4;
    /** Two kills: one of a fresh database, one of a database that was itself recovered from a kill (a third
     *  round repeated the second's case). */
    private static final int H2_ROUNDS = 2;
    /** How long the clients write before the kill. */
    private static final Duration LOAD = Duration.ofMillis(2500);
    private static final Duration MAX_LOAD = Duration.ofSeconds(30);
    /** Acknowledged saves, edits and logged sessions (each) before the kill. */
    private static final int MIN_EACH = 5;
    /** A quick start matters more here than peak speed; durability does not depend on the JIT or the collector. */
    private static final List<String> JVM = AppProcess.QUICK_START;
    /** Properties for the app under load (e.g. per-client write limits raised so that the clients keep writing). */
    private static final Map<String, String> LOAD_PROPERTIES = Map.of();

    private static final Pattern TOKEN_PATH = Pattern.compile("/routines/([A-Za-z0-9_-]+)");
    private static final Pattern DOSE_ACTION = Pattern.compile("/routines/[^/]+/items/([^/]+)/dose");

    @Test
    void h2_file_database_keeps_every_acknowledged_write_across_sigkill(@TempDir Path dir) throws Exception {
        List<Round> rounds = run("h2", dir, Map.of(), H2_ROUNDS);
        assertNothingMissing(rounds);
    }

    @Test
    void postgres_keeps_every_acknowledged_write_across_sigkill(@TempDir Path dir) throws Exception {
        // The embedded server turns synchronous_commit off for speed; a real server has it on, as here.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                .start()) {
            System.out.println("DurabilityIT postgres: synchronous_commit=" + synchronousCommit(postgres));
            Map<String, String> properties = Map.of(
                    "spring.profiles.active", "postgres",
                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "");
            assertNothingMissing(run("postgres", dir, properties, 1));
        }
    }

    private static void assertNothingMissing(List<Round> rounds) {
        for (Round round : rounds) {
            assertThat(round.acknowledged().saves()).as("saves acknowledged in " + round).isPositive();
            assertThat(round.acknowledged().edits()).as("edits acknowledged in " + round).isPositive();
            assertThat(round.acknowledged().logs()).as("sessions acknowledged in " + round).isPositive();
        }
        assertThat(rounds).allSatisfy(round -> assertThat(round.missing()).as(round.toString()).isEmpty());
    }

    /** Starts the app, then per round: load, SIGKILL, restart on the same files, look for every acknowledgement. */
    private static List<Round> run(String database, Path dir, Map<String, String> databaseProperties, int rounds)
            throws Exception {
        Map<String, String> properties = new HashMap<>(databaseProperties);
        properties.putAll(LOAD_PROPERTIES);
        List<Round> results = new ArrayList<>();
        AppProcess app = AppProcess.start(dir, JVM, properties);
        try {
            for (int r = 1; r <= rounds; r++) {
                List<Client> clients = new ArrayList<>();
                for (int c = 1; c <= CLIENTS; c++) {
                    clients.add(new Client(app, database + "-r" + r + "-c" + c));
                }
                List<Thread> threads = new ArrayList<>();
                for (Client client : clients) {
                    Thread thread = new Thread(client, "durability-" + client.prefix);
                    thread.start();
                    threads.add(thread);
                }
                awaitLoad(clients);
                app.kill();
                for (Thread thread : threads) {
                    thread.join(Duration.ofSeconds(20).toMillis());
                }
                app = AppProcess.start(dir, JVM, properties);
                Round round = new Round(database, r, new Counts(0, 0, 0), new ArrayList<>(), new ArrayList<>());
                for (Client client : clients) {
                    round = round.plus(client.verify(app));
                }
                System.out.println(round.summary());
                results.add(round);
            }
            app.stop();
        } finally {
            app.close();
        }
        return results;
    }

    /**
     * Lets the clients write for {@link #LOAD}, and on until each kind of write has been acknowledged a few times
     * (a cold app on a busy machine is slow at first), so that the kill always lands in the middle of real load.
     */
    private static void awaitLoad(List<Client> clients) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < MAX_LOAD.toNanos()) {
            Counts acknowledged = clients.stream().map(Client::acknowledged).reduce(new Counts(0, 0, 0),
                    Counts::plus);
            boolean enough = acknowledged.saves() >= MIN_EACH && acknowledged.edits() >= MIN_EACH
                    && acknowledged.logs() >= MIN_EACH;
            if (enough && System.nanoTime() - start >= LOAD.toNanos()) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static String synchronousCommit(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = connection.createStatement().executeQuery("show synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }

    record Counts(int saves, int edits, int logs) {
        int total() {
            return saves + edits + logs;
        }

        Counts plus(Counts other) {
            return new Counts(saves + other.saves, edits + other.edits, logs + other.logs);
        }
    }

    record Round(String database, int number, Counts acknowledged, List<String> missing, List<String> failures) {
        Round plus(Round client) {
            List<String> m = new ArrayList<>(missing);
            m.addAll(client.missing);
            List<String> f = new ArrayList<>(failures);
            f.addAll(client.failures);
            return new Round(database, number, acknowledged.plus(client.acknowledged), m, f);
        }

        String summary() {
            return "DurabilityIT " + database + " round " + number + ": acknowledged " + acknowledged.total()
                    + " (saves " + acknowledged.saves() + ", edits " + acknowledged.edits() + ", logs "
                    + acknowledged.logs() + "), found " + (acknowledged.total() - missing.size()) + ", missing "
                    + missing.size() + (missing.isEmpty() ? "" : " e.g. " + missing.subList(0, Math.min(5,
                    missing.size()))) + "; not acknowledged " + failures.size();
        }

        @Override
        public String toString() {
            return database + " round " + number;
        }
    }

    /** A saved routine's dose edit: this item's sets were set to this value (each item is edited once at most). */
    record Edit(String token, String slug, int sets) {
    }

    /**
     * One browser's life: save a routine, edit two of its items, log a session of it, again, until the server
     * goes away. It records what was acknowledged, then, after the restart, looks for it.
     */
    static final class Client implements Runnable {

        private final AppProcess app;
        private final String prefix;
        private final Browser browser = new Browser(Duration.ofSeconds(5));
        private final ConcurrentLinkedQueue<String[]> saves = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Edit> edits = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> logs = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean gone = new AtomicBoolean();

        Client(AppProcess app, String prefix) {
            this.app = app;
            this.prefix = prefix;
        }

        @Override
        public void run() {
            int n = 0;
            try {
                while (!gone.get()) {
                    n++;
                    Optional<String> token = save(n);
                    if (token.isPresent()) {
                        editTwoItems(token.get());
                        log(token.get(), n);
                    }
                }
            } catch (IOException e) {
                gone.set(true); // the kill: the request in flight is not acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Optional<String> save(int n) throws IOException, InterruptedException {
            HttpResponse<String> page = browser.get(app.uri("/routines/generate?slot=morning&minutes=10&shuffle="
                    + (n % 50)));
            if (page.statusCode() != 200) {
                refused.add("generate " + page.statusCode());
                return Optional.empty();
            }
            String name = prefix + "-save-" + n;
            Browser.Form form = Browser.form(page.body(), "/routines");
            HttpResponse<String> answer = browser.post(app.uri("/routines"), form.with(Map.of("name", name)));
            Optional<String> token = Browser.redirectPath(answer).map(TOKEN_PATH::matcher).filter(Matcher::matches)
                    .map(m -> m.group(1));
            if (token.isEmpty()) {
                refused.add("save " + answer.statusCode());
                pause(answer);
                return Optional.empty();
            }
            saves.add(new String[] {token.get(), name});
            return token;
        }

        private void editTwoItems(String token) throws IOException, InterruptedException {
            Set<String> edited = new HashSet<>();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> page = browser.get(app.uri("/routines/" + token));
                if (page.statusCode() != 200) {
                    refused.add("saved page " + page.statusCode());
                    return;
                }
                Optional<Edit> next = nextEdit(token, page.body(), edited);
                if (next.isEmpty()) {
                    return;
                }
                Edit edit = next.get();
                edited.add(edit.slug());
                String action = "/routines/" + token + "/items/" + edit.slug() + "/dose";
                HttpResponse<String> answer = browser.post(app.uri(action),
                        Browser.form(page.body(), action).with(Map.of("sets", Integer.toString(edit.sets()))));
                if (Browser.redirectPath(answer).filter(("/routines/" + token)::equals).isPresent()) {
                    edits.add(edit);
                } else {
                    refused.add("dose " + answer.statusCode());
                    pause(answer);
                }
            }
        }

        /** A dose form of an item not yet edited whose sets can change: one more set, or one fewer at the top. */
        private static Optional<Edit> nextEdit(String token, String html, Set<String> edited) {
            for (Browser.Form form : Browser.forms(html)) {
                Matcher action = DOSE_ACTION.matcher(form.action());
                if (!action.matches() || edited.contains(action.group(1))) {
                    continue;
                }
                for (Map<String, String> input : form.inputs()) {
                    if (!"sets".equals(input.get("name"))) {
                        continue;
                    }
                    int value = Integer.parseInt(input.get("value"));
                    int min = Integer.parseInt(input.get("min"));
                    int max = Integer.parseInt(input.get("max"));
                    if (value < max) {
                        return Optional.of(new Edit(token, action.group(1), value + 1));
                    }
                    if (value > min) {
                        return Optional.of(new Edit(token, action.group(1), value - 1));
                    }
                }
            }
            return Optional.empty();
        }

        private void log(String token, int n) throws IOException, InterruptedException {
            HttpResponse<String> page = browser.get(app.uri("/routines/" + token + "/follow"));
            if (page.statusCode() != 200) {
                refused.add("follow " + page.statusCode());
                return;
            }
            String marker = prefix + "-log-" + n;
            Browser.Form form = Browser.form(page.body(), "/history/sessions");
            HttpResponse<String> answer = browser.post(app.uri("/history/sessions"),
                    form.with(Map.of("routineName", marker, "before", "6", "after", "3")));
            if (Browser.redirectPath(answer).filter("/history"::equals).isPresent()) {
                logs.add(marker);
            } else {
                refused.add("log " + answer.statusCode());
                pause(answer);
            }
        }

        /** A refusal for being too fast (429) is worth a short pause rather than a spin. */
        private static void pause(HttpResponse<String> answer) throws InterruptedException {
            if (answer.statusCode() == 429) {
                Thread.sleep(100);
            }
        }

        Counts acknowledged() {
            return new Counts(saves.size(), edits.size(), logs.size());
        }

        /** After the restart: every acknowledged save, edit and logged session must be there. */
        Round verify(AppProcess restarted) throws IOException, InterruptedException {
            List<String> missing = new ArrayList<>();
            Map<String, String> pages = new HashMap<>();
            for (String[] save : saves) {
                HttpResponse<String> page = browser.get(restarted.uri("/routines/" + save[0]));
                if (page.statusCode() == 200 && page.body().contains(save[1])) {
                    pages.put(save[0], page.body());
                } else {
                    missing.add("save " + save[1] + " (" + page.statusCode() + ")");
                }
            }
            for (Edit edit : edits) {
                String html = pages.get(edit.token());
                String action = "/routines/" + edit.token() + "/items/" + edit.slug() + "/dose";
                Optional<String> sets = html == null ? Optional.empty() : Browser.forms(html).stream()
                        .filter(f -> f.action().equals(action)).findFirst()
                        .map(f -> f.fields().getOrDefault("sets", List.of("")).get(0));
                if (sets.filter(Integer.toString(edit.sets())::equals).isEmpty()) {
                    missing.add("edit " + edit + " (found " + sets.orElse("no routine") + ")");
                }
            }
            HttpResponse<String> csv = browser.get(restarted.uri("/history.csv"));
            Set<String> logged = new HashSet<>();
            if (csv.statusCode() == 200) {
                csv.body().lines().skip(1).map(line -> line.split(",", -1)).filter(cells -> cells.length > 3)
                        .forEach(cells -> logged.add(cells[3]));
            }
            for (String marker : logs) {
                if (!logged.contains(marker)) {
                    missing.add("log " + marker);
                }
            }
            return new Round("", 0, new Counts(saves.size(), edits.size(), logs.size()), missing,
                    new ArrayList<>(refused));
        }
    }
}
