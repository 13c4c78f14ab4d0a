package app.limber.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report in the site's layout. Tomcat answers some requests before any servlet or filter sees them
 * (a bad percent-encoding or an encoded slash in the path, a NUL, a header or address past its size limit) and
 * writes its own bare "HTTP Status 400" page for them. This valve writes our error page instead (problem details
 * under {@code /api/}), with the security headers the application sends, and logs one line rather than a stack trace.
 */
class LayoutErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(LayoutErrorReportValve.class);

    private final Supplier<ErrorPages> pages;

    LayoutErrorReportValve(Supplier<ErrorPages> pages) {
        this.pages = pages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /**
     * Tomcat answers 501 to CONNECT and to a transfer coding it does not know. Those are requests we refuse, not
     * failures of ours, and a 5xx would say otherwise (to the client and to anyone alerting on 5xx): a 405 for the
     * method, a 400 for the rest.
     */
    static int refusal(int status, String method) {
        if (status != 501) {
            return status;
        }
        return "CONNECT".equals(method) ? 405 : 400;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // As Tomcat's own: nothing below 400, nothing once a page was written or the error already reported.
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        int status = refusal(response.getStatus(), request.getMethod());
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        log.warn("Refused a request before the application saw it: {} {}", status,
                LogSafe.reason(response.getMessage()));
        try {
            response.setStatus(status);
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            String page = api ? pages.get().problem(status, uri) : pages.get().page(status);
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("utf-8");
            ErrorHeaders.addMissing(response);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            // The client has gone or the page cannot be written: the status line is all it gets.
            log.debug("Could not write the error page", e);
        }
    }
}
