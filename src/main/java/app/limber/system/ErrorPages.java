package app.limber.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site's error page for a status (and its problem detail for the API), rendered from {@code templates/error.html} without a request, for Tomcat's
 * error report (see {@link LayoutErrorReportValve}): that runs where no servlet, filter or session exists, for a
 * request Tomcat could not even read. Each status is rendered once (again when the application is ready, so that
 * the stylesheet link carries its content hash) and kept.
 */
@Component
class ErrorPages {

    /** What Tomcat answers on its own: bad requests, unknown methods, sizes past its limits, shutting down. */
    static final List<Integer> TOMCAT_STATUSES = List.of(400, 404, 405, 408, 413, 414, 431, 500, 501, 503, 505);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ISpringTemplateEngine templates;
    private final MessageSource messages;
    private final ServletContext servletContext;
    private final ResourceUrlProvider resourceUrls;
    private final Map<Integer, String> rendered = new ConcurrentHashMap<>();

    ErrorPages(ISpringTemplateEngine templates, MessageSource messages, ServletContext servletContext,
               ResourceUrlProvider mvcResourceUrlProvider) {
        this.templates = templates;
        this.messages = messages;
        this.servletContext = servletContext;
        this.resourceUrls = mvcResourceUrlProvider;
    }

    @EventListener(ApplicationReadyEvent.class)
    void renderAll() {
        rendered.clear();
        TOMCAT_STATUSES.forEach(this::page);
    }

    /** The problem detail (RFC 9457) for a status, for an address under {@code /api/}. */
    String problem(int status, String uri) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + status);
        problem.put("title", text("error.title.", status));
        problem.put("status", status);
        problem.put("detail", text("error.text.", status));
        ErrorPageController.instance(uri).ifPresent(instance -> problem.put("instance", instance.toString()));
        return JSON.writeValueAsString(problem);
    }

    private String text(String prefix, int status) {
        return messages.getMessage(prefix + status, null,
                messages.getMessage(prefix + "default", null, Locale.ENGLISH), Locale.ENGLISH);
    }

    /** The page for a status. */
    String page(int status) {
        return rendered.computeIfAbsent(status, this::render);
    }

    private String render(int status) {
        // Thymeleaf keeps a web context's variables, fragment parameters included, as request attributes.
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = stub(HttpServletRequest.class, (proxy, method, args) -> switch (method.getName()) {
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "removeAttribute" -> attributes.remove((String) args[0]);
            case "getAttributeNames" -> Collections.enumeration(List.copyOf(attributes.keySet()));
            case "getServletContext" -> servletContext;
            case "getContextPath" -> "";
            case "getLocale" -> Locale.ENGLISH;
            case "getCharacterEncoding" -> "UTF-8";
            default -> defaultValue(method.getReturnType());
        });
        // Links as the site writes them: our stylesheet with its content hash, and never a session id.
        HttpServletResponse response = stub(HttpServletResponse.class, (proxy, method, args) -> switch (method.getName()) {
            case "encodeURL", "encodeRedirectURL" -> versioned((String) args[0]);
            case "getCharacterEncoding" -> "UTF-8";
            default -> defaultValue(method.getReturnType());
        });
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, response), Locale.ENGLISH, Map.of("status", status));
        return templates.process("error", context);
    }

    private String versioned(String url) {
        if (url.startsWith("/css/") || url.startsWith("/js/")) {
            String versioned = resourceUrls.getForLookupPath(url);
            if (versioned != null) {
                return versioned;
            }
        }
        return url;
    }

    /** A request or response with only the few answers rendering needs: there is no real one to hand. */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ErrorPages.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        if (type == Enumeration.class) {
            return Collections.emptyEnumeration();
        }
        return null;
    }
}
