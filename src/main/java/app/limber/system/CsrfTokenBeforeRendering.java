package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring Security creates the CSRF token lazily, when a form first asks for it. A new token is a new cookie, and
 * on a long page (the follow page) the form renders after the response has been committed, too late for a
 * header. So every page that renders a view asks for its token first, while a cookie can still be set; responses
 * without a view (figures, PDFs, files, static resources) and pages for everyone (catalog pages, which post no
 * form) set none, which keeps them cacheable by anyone.
 */
@Configuration
class CsrfTokenBeforeRendering implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))
                || CsrfTokens.isNotNeeded(request)) {
            return;
        }
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
