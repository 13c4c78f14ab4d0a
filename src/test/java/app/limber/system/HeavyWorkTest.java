package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeavyWorkTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static HeavyWork gate(int permits, Duration wait) {
        return gate(permits, wait, 4);
    }

    private static HeavyWork gate(int permits, Duration wait, int maxWaiting) {
        return new HeavyWork(new HeavyWorkProperties(permits, wait, maxWaiting, Duration.ofSeconds(7)));
    }

    /** Occupies one permit until {@code release} opens; returns once the work is running. */
    private Future<?> hold(HeavyWork gate, CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> gate.run(() -> {
            running.countDown();
            await(release);
            return null;
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).as("holder running").isTrue();
        return holder;
    }

    @Test
    void past_its_permits_a_request_is_refused_as_busy_with_the_retry_after() throws Exception {
        HeavyWork gate = gate(2, Duration.ZERO);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = hold(gate, release);
        Future<?> second = hold(gate, release);

        assertThatThrownBy(() -> gate.run(() -> "third")).isInstanceOfSatisfying(ServerBusyException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));

        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        assertThat(gate.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void a_waiting_request_runs_as_soon_as_a_permit_frees_up_within_the_wait() throws Exception {
        HeavyWork gate = gate(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        hold(gate, release);

        Future<String> waiting = threads.submit(() -> gate.run(() -> "waited"));
        release.countDown();

        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("waited");
    }

    @Test
    void past_the_waiting_bound_a_request_is_refused_at_once_not_after_the_wait() throws Exception {
        HeavyWork gate = gate(1, Duration.ofSeconds(30), 1);
        CountDownLatch release = new CountDownLatch(1);
        hold(gate, release);
        Future<String> waiter = threads.submit(() -> gate.run(() -> "waited"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate.waiting() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(gate.waiting()).as("one request waiting").isEqualTo(1);

        long start = System.nanoTime();
        assertThatThrownBy(() -> gate.run(() -> "third")).isInstanceOf(ServerBusyException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused without waiting")
                .isLessThan(Duration.ofSeconds(10));

        release.countDown();
        assertThat(waiter.get(30, TimeUnit.SECONDS)).isEqualTo("waited");
        assertThat(gate.waiting()).isZero();
        assertThat(gate.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void work_that_fails_gives_its_permit_back() {
        HeavyWork gate = gate(1, Duration.ZERO);
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("render failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void defaults_to_one_permit_per_processor_as_far_as_the_heap_holds() {
        long mb = 1024 * 1024;
        assertThat(HeavyWorkProperties.defaultPermits(2, 128 * mb)).isEqualTo(2);
        assertThat(HeavyWorkProperties.defaultPermits(16, 128 * mb)).isEqualTo(2);
        assertThat(HeavyWorkProperties.defaultPermits(16, 64 * mb)).isEqualTo(1);
        assertThat(HeavyWorkProperties.defaultPermits(4, 4096 * mb)).isEqualTo(4);
        HeavyWorkProperties defaults = new HeavyWorkProperties(null, Duration.ofSeconds(2), 4, Duration.ofSeconds(5));
        assertThat(defaults.permits()).isEqualTo(HeavyWorkProperties.defaultPermits(
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
