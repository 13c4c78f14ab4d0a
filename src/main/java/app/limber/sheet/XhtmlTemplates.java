package app.limber.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders a sheet template to a string for the PDF, outside the web view machinery. The templates are written as
 * well-formed XHTML (self-closed void elements, no named entities) because openhtmltopdf parses them as XML; in
 * PDF mode ({@code pdf} is true) they inline the stylesheet and the figures instead of linking them.
 */
@Component
class XhtmlTemplates {

    private final SpringTemplateEngine engine;

    XhtmlTemplates(SpringTemplateEngine engine) {
        this.engine = engine;
    }

    String render(String template, Map<String, Object> variables, Paper paper, Locale locale) {
        Context context = new Context(locale, variables);
        context.setVariable("pdf", true);
        // Escaped because it goes unescaped into an XML document (a "<" in a comment would break the parse).
        String css = "@page { size: " + paper.cssSize() + "; }\n" + css();
        context.setVariable("pdfCss", css.replace("&", "&amp;").replace("<", "&lt;"));
        return engine.process(template, context);
    }

    /** The same stylesheet the browser loads. Read per render: a few kilobytes, and edits show without a restart. */
    static String css() {
        try (InputStream in = new ClassPathResource("static/css/sheet.css").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
