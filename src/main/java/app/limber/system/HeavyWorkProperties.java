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
 * @param permits    how many heavy requests (PDF renderings) run at once; default the number of processors, since
 *                   rendering is CPU-bound and more at once only adds memory. Lower it on a small heap.
 * @param maxWait    how long a request past the permits waits for one before it gets the busy page
 * @param retryAfter what the busy page's {@code Retry-After} header tells the client
 */
@ConfigurationProperties("limber.heavy")
@Validated
public record HeavyWorkProperties(
        @Min(1) @Max(1024) Integer permits,
        @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 60) Duration maxWait,
        @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration retryAfter) {

    public HeavyWorkProperties(Integer permits, @DefaultValue("2s") Duration maxWait,
                               @DefaultValue("5s") Duration retryAfter) {
        this.permits = permits == null ? Runtime.getRuntime().availableProcessors() : permits;
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
    }
}
