package app.limber.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Controllers ask it for today's date (and never the rules, which take the date
 * as an input), so a test can pin the day by passing a date or replacing this bean.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
