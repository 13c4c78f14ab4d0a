package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The limits' documented defaults, and settings that make no sense refused at startup. */
class LimitSettingsTest {

    @Configuration
    @EnableConfigurationProperties(LimitSettings.class)
    static class Settings {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void the_defaults_are_the_documented_ones() {
        runner.run(context -> assertThat(context.getBean(LimitSettings.class)).isEqualTo(new LimitSettings(10,
                Duration.ofMinutes(10), 30, Duration.ofHours(1), 60, Duration.ofHours(1), 20_000)));
    }

    @Test
    void a_limit_of_zero_or_an_empty_window_stops_the_start() {
        runner.withPropertyValues("limber.limits.token-misses=0").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("limber.limits.saved-routines-window=0s")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("limber.limits.clients=5").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("limber.limits.logged-sessions=500").run(context -> assertThat(context)
                .hasNotFailed().getBean(LimitSettings.class).extracting(LimitSettings::loggedSessions)
                .isEqualTo(500));
    }
}
