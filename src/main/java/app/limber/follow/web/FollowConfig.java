package app.limber.follow.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the history's settings (HistorySettings), which the follow and history pages read. */
@Configuration
@EnableConfigurationProperties(HistorySettings.class)
class FollowConfig {
}
