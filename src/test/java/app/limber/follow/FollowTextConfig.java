package app.limber.follow;

import app.limber.catalog.DosageText;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/**
 * The player's words ({@code @followText}) for web slices. Without the catalog, which comes from the database:
 * only the history page asks it for names ({@link FollowText#names}), and no slice renders that page.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FollowTextConfig {

    @Bean("followText")
    FollowText followText(MessageSource messages, DosageText dosageText) {
        return new FollowText(messages, dosageText, null);
    }
}
