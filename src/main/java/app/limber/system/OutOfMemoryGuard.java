package app.limber.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * After an OutOfMemoryError the JVM cannot be trusted: a thread that died of it may be one the server needs (a
 * dead Tomcat poller leaves the port open and every request hanging). So the process halts, with one clear log
 * line, and a supervisor (systemd, a container) starts it again. It watches three places an OutOfMemoryError
 * surfaces: threads' uncaught exceptions, Spring MVC's exception handling, and the servlet filter chain. The JVM
 * option {@code -XX:+ExitOnOutOfMemoryError} does the same for every allocation failure and is recommended too;
 * this guard is the backstop when it is not set.
 */
@Component
class OutOfMemoryGuard implements Filter, HandlerExceptionResolver, Ordered {

    /** The exit status of {@code -XX:+ExitOnOutOfMemoryError}, so both read the same to a supervisor. */
    static final int EXIT_STATUS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(OutOfMemoryGuard.class);
    private static final AtomicBoolean HALTING = new AtomicBoolean();

    OutOfMemoryGuard() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            haltIfOutOfMemory(e, "thread " + thread.getName());
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else if (thread.getThreadGroup() != null) {
                thread.getThreadGroup().uncaughtException(thread, e);
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            haltIfOutOfMemory(e, where(request));
            throw e;
        }
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        haltIfOutOfMemory(e, where(request));
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static void haltIfOutOfMemory(Throwable e, String where) {
        if (!outOfMemory(e)) {
            return;
        }
        if (HALTING.getAndSet(true)) {
            Runtime.getRuntime().halt(EXIT_STATUS); // already on its way: no second log line
        }
        try {
            LOG.error("OutOfMemoryError in {}: halting with status {} so that the supervisor restarts the app "
                    + "(see docs/deploy.md on memory settings)", where, EXIT_STATUS);
        } finally {
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }

    /** The request's method and mapping pattern (never its path, which may hold a private token). */
    private static String where(ServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String method = request instanceof HttpServletRequest http ? http.getMethod() + " " : "";
        return "request " + method + (pattern == null ? "(unmapped)" : pattern);
    }
}
