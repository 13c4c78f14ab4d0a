package app.limber.follow.web;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the player and the history.
 *
 * <p>{@code limber.player.speed} (default 1) runs the player's clock faster: browser tests set it to 20 so a
 * five-minute routine plays in fifteen seconds. It is a test setting; leave it at 1 in use.
 * {@code limber.history.default-zone} (default UTC) dates sessions whose browser did not send its time zone.
 */
@Component
class PlayerSettings {

    private final double speed;
    private final ZoneId defaultZone;

    PlayerSettings(@Value("${limber.player.speed:1}") double speed,
                   @Value("${limber.history.default-zone:UTC}") String defaultZone) {
        if (!(speed > 0 && speed <= 1000)) {
            throw new IllegalArgumentException("limber.player.speed must be above 0 and at most 1000: " + speed);
        }
        this.speed = speed;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /** As written into the page: "1", "20", "2.5". */
    String speed() {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    }

    ZoneId defaultZone() {
        return defaultZone;
    }
}
