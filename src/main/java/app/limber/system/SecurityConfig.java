package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Limber has no accounts, so every page is public; security is about the browser: CSRF tokens on every POST
 * form and strict headers. The CSP allows no inline script, which is why every script is a file under static/.
 *
 * <p>Nothing lives in a server-side session: the CSRF token is a cookie (double submit: the form carries a masked
 * copy), so a form loaded from one instance posts to another, after a restart or after hours open. Cross-site
 * state-changing requests are also refused by their {@code Sec-Fetch-Site} and {@code Origin} headers.
 */
@Configuration
class SecurityConfig {

    /**
     * worker-src and manifest-src would fall back to 'self' anyway (through script-src and default-src); named, so
     * that the service worker (/sw.js) and the manifest are allowed on purpose and a later change to the fallbacks
     * cannot widen them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
            + "worker-src 'self'; manifest-src 'self'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String CSRF_COOKIE = "limber_csrf";
    /**
     * Kept across browser restarts: a phone may drop a session cookie when it evicts a backgrounded tab, and a
     * 45-minute routine followed on a locked phone must still be loggable at the end.
     */
    static final java.time.Duration CSRF_COOKIE_MAX_AGE = java.time.Duration.ofDays(30);

    private static final String REFERRER_POLICY = "Referrer-Policy";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CookieCsrfTokenRepository csrfCookies,
                                            CsrfTokenRequestHandler maskedTokens) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookies).csrfTokenRequestHandler(maskedTokens))
                .addFilterBefore(new CrossSiteRequestFilter(), CsrfFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // A page may set a stricter policy of its own (the history restore page: no-referrer).
                        .addHeaderWriter((request, response) -> {
                            if (!response.containsHeader(REFERRER_POLICY)) {
                                response.setHeader(REFERRER_POLICY, ErrorHeaders.REFERRER_POLICY);
                            }
                        })
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                ErrorHeaders.PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * The token in an HttpOnly cookie for the whole site, Secure when the request came over HTTPS (also through a
     * trusted proxy). Lax, not Strict: a link followed from an e-mail must still send it, or the page would mint a
     * new token and invalidate the forms open in other tabs. It lasts 30 days.
     * Also used for cached pages (CsrfTokens).
     */
    @Bean
    CookieCsrfTokenRepository csrfCookies() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(CSRF_COOKIE);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").maxAge(CSRF_COOKIE_MAX_AGE));
        return repository;
    }

    /**
     * Forms carry the token XOR-masked afresh on every page (BREACH), as by default. Spring's handler throws on a
     * sent token that unmasks to bytes that are not UTF-8 (a 500 for a forged form); here that is simply a wrong
     * token, refused with the 403 page like any other.
     */
    @Bean
    CsrfTokenRequestHandler maskedTokens() {
        XorCsrfTokenRequestAttributeHandler xor = new XorCsrfTokenRequestAttributeHandler();
        return new CsrfTokenRequestHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response,
                               Supplier<CsrfToken> token) {
                xor.handle(request, response, token);
            }

            @Override
            public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
                try {
                    return xor.resolveCsrfTokenValue(request, token);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        };
    }

    /** No accounts: an empty user store keeps Boot from creating a default user with a generated password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
