package app.limber.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests that cannot be read are refused up front with the site's 400 page and one log line. Left alone, a bad
 * percent-encoding in a parameter ({@code ?q=%}) surfaced wherever a parameter was first read, and in a controller
 * that meant an ERROR with a 91-line stack trace: a cheap way to fill a disk.
 */
@Configuration
class MalformedRequests {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

    /**
     * Reads the parameters once, so a query or form Tomcat cannot decode never goes further. Second in line, right
     * after Spring's character-encoding filter (which also sits at the highest precedence): reading them first would
     * fix the form's encoding at Tomcat's ISO-8859-1 default, and "Mañana" would arrive as "MaÃ±ana".
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> readableParameters() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        try {
                            request.getParameterMap();
                        } catch (InvalidParameterException e) {
                            refuse(request, response, e.getErrorCode(), e.getErrorCode() == 413
                                    ? "error.badRequest.tooLarge" : "error.badRequest.encoding", e.getMessage());
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The security firewall's refusals (an encoded dot segment, a double slash, a semicolon) the same way. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> refuse(request, response, HttpStatus.BAD_REQUEST.value(),
                "error.badRequest.address", e.getMessage());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detailKey,
                               String reason) throws IOException {
        // One line, no stack trace; the kind of refusal as Tomcat or the firewall gives it, without the values it quotes, and not the address
        // (a path can hold a private token).
        log.warn("Refused a malformed {} request: {} {}", request.getMethod(), status, LogSafe.reason(reason));
        request.setAttribute(ErrorPageController.DETAIL_KEY, detailKey);
        response.sendError(status);
    }
}
