package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.system.HeavyWork;
import app.limber.system.HeavyWorkProperties;
import app.limber.system.ServerBusyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many requests for a document nobody has yet: one render, and every one of them gets its bytes. Plain JUnit. */
class PdfCacheTest {

    /** One permit, and a queue of one: a second render at once would be refused. */
    private final HeavyWork heavy = new HeavyWork(
            new HeavyWorkProperties(1, Duration.ZERO, 0, Duration.ofSeconds(5)));
    private final PdfCache cache = new PdfCache(heavy, 4L * 1024 * 1024);
    private final PdfCache.Key key = new PdfCache.Key("sheet/sheet", "a routine", Paper.A4, Locale.ENGLISH, "/");
    private final ExecutorService requests = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    @Test
    void requests_for_a_document_being_rendered_wait_for_that_render_instead_of_being_refused() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger renders = new AtomicInteger();
        List<Future<byte[]>> answers = new ArrayList<>();
        answers.add(requests.submit(() -> cache.get(key, () -> {
            renders.incrementAndGet();
            started.countDown();
            await(finish);
            return new byte[] {1, 2, 3};
        }).bytes()));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 15; i++) {
            answers.add(requests.submit(() -> cache.get(key, () -> {
                renders.incrementAndGet();
                return new byte[] {9};
            }).bytes()));
        }
        Thread.sleep(200);
        // Still waiting, neither answered from a copy (there is none yet) nor refused at the gate.
        assertThat(answers.subList(1, answers.size())).noneMatch(Future::isDone);
        finish.countDown();

        for (Future<byte[]> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly(1, 2, 3);
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void a_refused_render_is_the_answer_of_those_who_waited_for_it_and_the_next_request_tries_again() throws Exception {
        // One permit, a queue of two that waits up to 1 s: the first request for the document queues at the gate.
        HeavyWork gate = new HeavyWork(new HeavyWorkProperties(1, Duration.ofSeconds(1), 2, Duration.ofSeconds(5)));
        PdfCache slow = new PdfCache(gate, 4L * 1024 * 1024);
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another document holds the only permit past the wait, so this one's render is refused at the gate.
        Future<?> other = requests.submit(() -> gate.run(() -> {
            blocked.countDown();
            await(release);
            return null;
        }));
        assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();

        Future<Object> first = requests.submit(() -> slow.get(key, () -> new byte[] {1}));
        Thread.sleep(200);
        Future<Object> joined = requests.submit(() -> slow.get(key, () -> new byte[] {2}));
        assertThat(catchCause(first)).isInstanceOf(ServerBusyException.class);
        // Had the second queued at the gate on its own, 200 ms behind, the permit freed now would be its to render.
        release.countDown();
        other.get(10, TimeUnit.SECONDS);
        assertThat(catchCause(joined)).as("the request that waited for it").isInstanceOf(ServerBusyException.class);

        assertThat(slow.get(key, () -> new byte[] {4}).bytes()).containsExactly(4);
    }

    private static Throwable catchCause(Future<?> future) throws InterruptedException {
        try {
            future.get(10, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no answer", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
