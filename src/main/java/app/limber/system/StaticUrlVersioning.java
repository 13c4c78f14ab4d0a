package app.limber.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Content-hashed URLs for our own stylesheet and scripts only.
 *
 * <p>Spring's {@link ResourceUrlEncodingFilter} asks the static resource chain about every link a page renders,
 * and for a link that is not a static file (a catalog entry, a figure) that means a class-path search on every
 * request: it was a fifth of the catalog page's time. Only {@code /css/} and {@code /js/} carry a content hash,
 * so only those are looked up.
 */
@Configuration
class StaticUrlVersioning {

    /** Takes the place of Boot's filter, which is registered only when no such filter bean exists. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> defaultResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> versionedStaticUrls(ResourceUrlProvider mvcResourceUrlProvider) {
        return new FilterRegistrationBean<>(new OncePerRequestFilter() {
            // Error pages link the stylesheet too, and Tomcat renders them on a dispatch of their own.
            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public String encodeURL(String url) {
                        if (url.startsWith("/css/") || url.startsWith("/js/")) {
                            String versioned = mvcResourceUrlProvider.getForLookupPath(url);
                            if (versioned != null) {
                                return super.encodeURL(versioned);
                            }
                        }
                        return super.encodeURL(url);
                    }
                });
            }
        });
    }
}
