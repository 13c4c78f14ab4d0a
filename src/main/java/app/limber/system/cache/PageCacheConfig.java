package app.limber.system.cache;

import app.limber.system.ClientLimits;
import app.limber.system.CsrfTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link PageCache} in front of the security filters (a kept page needs none of them: it already passed them
 * once, and its security headers are kept with it) and marks the requests whose handler is a {@link CachedPage}.
 */
@Configuration
@EnableConfigurationProperties(PageCacheSettings.class)
class PageCacheConfig implements WebMvcConfigurer {

    /** Spring Security's filter chain runs at -100; the kept pages are answered just before it. */
    static final int ORDER = -110;

    @Bean
    PageCache pageCache(PageCacheSettings settings, CsrfTokens csrfTokens, ClientLimits limits, Clock clock) {
        return new PageCache(settings, csrfTokens, limits, clock);
    }

    @Bean
    FilterRegistrationBean<PageCache> pageCacheFilter(PageCache pageCache, PageCacheSettings settings) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(pageCache);
        registration.setOrder(ORDER);
        registration.setEnabled(settings.enabled());
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(CachedPage.class)) {
                    request.setAttribute(PageCache.CACHEABLE, Boolean.TRUE);
                    // Kept by browsers (and, for public pages, proxies) but always checked with the ETag first:
                    // a new release or the next day changes a page at the same address.
                    boolean shared = method.getMethodAnnotation(CachedPage.class).shared();
                    if (shared) {
                        CsrfTokens.notNeeded(request);
                    }
                    response.setHeader(HttpHeaders.CACHE_CONTROL, shared ? "no-cache" : "private, no-cache");
                    // The page's language comes from Accept-Language or the language cookie, its colours from the
                    // look cookie: a shared cache must keep a copy per header and per cookie.
                    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                    response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
                }
                return true;
            }
        });
    }
}
