package app.limber.system;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * One gate for the work a single request can make expensive: PDF rendering. At most {@code limber.heavy.permits}
 * run at once; a request past them waits up to {@code limber.heavy.max-wait} (in arrival order), then gets a
 * {@link ServerBusyException}, which answers 503 with {@code Retry-After}. At most {@code limber.heavy.max-waiting}
 * wait at once, the rest are refused straight away: each waiter holds a request thread. Without the gate, eight PDF requests at
 * once ran a 128 MB JVM out of memory, Tomcat's poller thread died and every later request hung.
 */
@Component
@EnableConfigurationProperties(HeavyWorkProperties.class)
public class HeavyWork {

    private final Semaphore permits;
    private final HeavyWorkProperties properties;
    private final AtomicInteger waiting = new AtomicInteger();

    public HeavyWork(HeavyWorkProperties properties) {
        this.properties = properties;
        this.permits = new Semaphore(properties.permits(), true);
    }

    /** Runs the work under a permit, or throws {@link ServerBusyException} if none frees up in time. */
    public <T> T run(Supplier<T> work) {
        // tryAcquire(0, ...) rather than tryAcquire(): the latter takes a free permit ahead of those waiting.
        if (!acquireNow() && !awaitPermit()) {
            throw new ServerBusyException(properties.retryAfter());
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private boolean acquireNow() {
        try {
            return permits.tryAcquire(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for a permit if fewer than max-waiting already do; false when refused or out of time. */
    private boolean awaitPermit() {
        if (waiting.incrementAndGet() > properties.maxWaiting()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return permits.tryAcquire(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** How many requests wait for a permit now (for tests). */
    int waiting() {
        return waiting.get();
    }
}
