package app.limber.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link ClientLimitInterceptor} in front of every handler. */
@Configuration
@EnableConfigurationProperties(LimitSettings.class)
class ClientLimitConfig implements WebMvcConfigurer {

    private final ClientLimits limits;

    ClientLimitConfig(ClientLimits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ClientLimitInterceptor(limits));
    }
}
