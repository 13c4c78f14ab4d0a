package app.limber.system;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * One gate for the work a single request can make expensive: PDF rendering. At most {@code limber.heavy.permits}
 * run at once; a request past them waits up to {@code limber.heavy.max-wait} (in arrival order), then gets a
 * {@link ServerBusyException}, which answers 503 with {@code Retry-After}. Without the gate, eight PDF requests at
 * once ran a 128 MB JVM out of memory, Tomcat's poller thread died and every later request hung.
 */
@Component
@EnableConfigurationProperties(HeavyWorkProperties.class)
public class HeavyWork {

    private final Semaphore permits;
    private final HeavyWorkProperties properties;

    public HeavyWork(HeavyWorkProperties properties) {
        this.properties = properties;
        this.permits = new Semaphore(properties.permits(), true);
    }

    /** Runs the work under a permit, or throws {@link ServerBusyException} if none frees up in time. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ServerBusyException(properties.retryAfter());
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
