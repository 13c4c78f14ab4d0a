package app.limber.system;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link LayoutErrorReportValve} on Tomcat's host in place of every other error report valve: Tomcat's
 * default one, and the one Boot adds when stack traces are never shown. Runs after Boot's own customizer.
 */
@Component
class TomcatErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ErrorPages> pages;

    TomcatErrorReport(ObjectProvider<ErrorPages> pages) {
        this.pages = pages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new LayoutErrorReportValve(pages::getObject));
            // The host adds a valve of this class when it starts unless one is there already: ours is.
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(LayoutErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
