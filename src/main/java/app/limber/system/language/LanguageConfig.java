package app.limber.system.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The DispatcherServlet picks up a bean of this exact name in place of Boot's, which takes the browser's first
 * language whatever it is. Everything that formats or looks up text (templates, {@code Locale} parameters,
 * {@code LocaleContextHolder}) then gets a {@link Language} Limber is written in. A WebMvcConfigurer, so that web
 * slices pick it up too.
 */
@Configuration
class LanguageConfig implements WebMvcConfigurer {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Language.localeOf(request);
            }

            /** The choice is made at /language (LanguageController), which sets the cookie itself. */
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is changed at /language");
            }
        };
    }
}
