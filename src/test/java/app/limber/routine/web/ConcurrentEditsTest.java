package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.it.RawBrowser;
import app.limber.it.RawHttp;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineItem;
import app.limber.routine.saved.SavedRoutines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Double clicks for real: pairs of identical up/down posts on one item of a saved routine, sent at the same
 * moment to a server on a random port. None may answer 5xx, and the order stored must be the order the answers
 * describe (each 302 moved the item once; a 400 or 409 changed nothing). Runs on H2, and on PostgreSQL with the
 * suite's LIMBER_TEST_DB_URL. Shares its context with the other real-server tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentEditsTest {

    static final int PAIRS = 40;

    @LocalServerPort
    int port;

    @Autowired
    SavedRoutines saved;

    @Test
    void simultaneous_identical_moves_never_give_5xx_and_are_applied_in_order() throws Exception {
        RawBrowser browser = new RawBrowser();
        String csrf = RawBrowser.csrf(browser.get(port, "/routines/generate?slot=evening&minutes=15&place=home"
                + "&equipment=chair"));
        RawHttp.Response created = browser.post(port, "/routines?slot=evening&minutes=15&place=home"
                + "&equipment=chair", Map.of("_csrf", csrf, "name", "Double clicks"));
        String token = created.first("Location").replaceFirst("^.*/routines/", "");
        String cookie = "limber_csrf=" + browser.cookies().get("limber_csrf");

        RoutineBlock block = saved.get(token).routine().blocks().stream()
                .max(java.util.Comparator.comparingInt(b -> b.items().size())).orElseThrow();
        assertThat(block.items()).hasSizeGreaterThanOrEqualTo(2);
        String slug = block.items().get(0).movement().slug();
        List<String> blockSlugs = block.items().stream().map(i -> i.movement().slug()).toList();
        List<String> model = new ArrayList<>(order(token));
        Map<Integer, Integer> statuses = new TreeMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < PAIRS; pair++) {
                String direction = pair % 2 == 0 ? "down" : "up";
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<RawHttp.Response>> answers = new ArrayList<>();
                for (int click = 0; click < 2; click++) {
                    answers.add(pool.submit(() -> {
                        together.await();
                        return RawHttp.send(port, "POST", "/routines/" + token + "/items/" + slug + "/" + direction,
                                Map.of("Cookie", cookie, "Accept", "text/html"), "_csrf=" + csrf);
                    }));
                }
                for (Future<RawHttp.Response> answer : answers) {
                    int status = answer.get().status();
                    statuses.merge(status, 1, Integer::sum);
                    assertThat(status).as("pair %d: %s", pair, answer.get().body()).isIn(302, 400);
                    if (status == 302) {
                        move(model, blockSlugs, slug, direction.equals("down") ? 1 : -1);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d pairs of simultaneous moves: answers %s%n", PAIRS, statuses);
        assertThat(order(token)).isEqualTo(model);
        // Each pair's first move is always possible (the item alternates between the block's ends).
        assertThat(statuses.get(302)).isGreaterThanOrEqualTo(PAIRS);
    }

    private List<String> order(String token) {
        return saved.get(token).routine().items().stream().map(RoutineItem::movement).map(m -> m.slug()).toList();
    }

    /** What one successful move does; a move the server should have refused fails the test. */
    private static void move(List<String> model, List<String> blockSlugs, String slug, int delta) {
        int from = model.indexOf(slug);
        int to = from + delta;
        assertThat(to).as("a move past the end was answered 302").isBetween(0, model.size() - 1);
        assertThat(blockSlugs).as("a move out of the block was answered 302").contains(model.get(to));
        model.set(from, model.get(to));
        model.set(to, slug);
    }
}
