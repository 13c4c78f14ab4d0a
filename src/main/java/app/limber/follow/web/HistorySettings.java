package app.limber.follow.web;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The history's settings ({@code limber.history.*}).
 *
 * @param defaultZone the time zone that dates sessions whose browser sent none, and the history of someone who has
 *                    logged nothing yet (default UTC; an unknown zone stops the start)
 */
@Validated
@ConfigurationProperties("limber.history")
record HistorySettings(@NotNull @DefaultValue("UTC") ZoneId defaultZone) {
}
