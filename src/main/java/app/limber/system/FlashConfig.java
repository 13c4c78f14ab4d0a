package app.limber.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/** The DispatcherServlet picks up a bean of this exact name in place of its session-based default. */
@Configuration
@EnableConfigurationProperties(FlashSettings.class)
class FlashConfig {

    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager(FlashSettings settings, SharedSecrets secrets, Clock clock) {
        byte[] secret = settings.secret() == null || settings.secret().isEmpty() ? secrets.get("flash")
                : settings.secret().getBytes(StandardCharsets.UTF_8);
        return new CookieFlashMapManager(secret, clock);
    }
}
