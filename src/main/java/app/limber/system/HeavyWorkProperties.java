package app.limber.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the heavy-work gate ({@link HeavyWork}).
 *
 * @param permits    how many heavy requests (PDF renderings) run at once. Default: the number of processors (the
 *                   work is CPU-bound, more at once only adds memory), but no more than the heap holds: measured at
 *                   {@code -Xmx128m}, the idle app keeps about 80 MB live and a render needs up to about 20 MB.
 * @param maxWait    how long a request past the permits waits for one before it gets the busy page
 * @param maxWaiting how many requests wait at once; one more gets the busy page straight away. A waiting request
 *                   holds one of Tomcat's few threads ({@code server.tomcat.threads.max}), so this bound keeps the
 *                   rest free for pages while PDFs are asked for faster than they render
 * @param retryAfter what the busy page's {@code Retry-After} header tells the client
 */
@ConfigurationProperties("limber.heavy")
@Validated
public record HeavyWorkProperties(
        @Min(1) @Max(1024) Integer permits,
        @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 60) Duration maxWait,
        @Min(0) @Max(1024) int maxWaiting,
        @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration retryAfter) {

    public HeavyWorkProperties(Integer permits, @DefaultValue("2s") Duration maxWait,
                               @DefaultValue("4") int maxWaiting, @DefaultValue("5s") Duration retryAfter) {
        this.permits = permits == null ? defaultPermits(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory()) : permits;
        this.maxWait = maxWait;
        this.maxWaiting = maxWaiting;
        this.retryAfter = retryAfter;
    }

    private static final long MB = 1024 * 1024;
    private static final long BASELINE = 80 * MB;
    private static final long PER_RENDER = 24 * MB;

    /** One per processor, as far as the heap above the app's baseline holds renders; at least one. */
    static int defaultPermits(int processors, long maxHeap) {
        long fit = Math.max(1, (maxHeap - BASELINE) / PER_RENDER);
        return (int) Math.min(processors, fit);
    }
}
