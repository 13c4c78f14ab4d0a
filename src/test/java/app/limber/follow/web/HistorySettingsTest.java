package app.limber.follow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** limber.history.default-zone is bound as a zone: UTC by default, an unknown one stops the start. */
class HistorySettingsTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(FollowConfig.class);

    @Test
    void the_default_zone_is_utc_or_the_one_configured() {
        runner.run(context -> assertThat(context.getBean(HistorySettings.class).defaultZone())
                .isEqualTo(ZoneId.of("UTC")));
        runner.withPropertyValues("limber.history.default-zone=Europe/Amsterdam")
                .run(context -> assertThat(context.getBean(HistorySettings.class).defaultZone())
                        .isEqualTo(ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void an_unknown_zone_stops_the_start() {
        runner.withPropertyValues("limber.history.default-zone=Mars/Olympus_Mons")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void the_player_s_speed_is_written_as_a_plain_number_and_kept_sane() {
        assertThat(PlayerSpeed.REAL_TIME.attribute()).isEqualTo("1");
        assertThat(new PlayerSpeed(20).attribute()).isEqualTo("20");
        assertThat(new PlayerSpeed(2.5).attribute()).isEqualTo("2.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new PlayerSpeed(0));
    }
}
