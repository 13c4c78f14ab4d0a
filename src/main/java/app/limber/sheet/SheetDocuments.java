package app.limber.sheet;

import app.limber.routine.RoutineRef;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The routine sheet as a PDF: the sheet's values, the sheet template in PDF mode, openhtmltopdf. */
@Component
class SheetDocuments {

    static final String SHEET_TEMPLATE = "sheet/sheet";

    private final SheetFactory factory;
    private final XhtmlTemplates templates;
    private final PdfMaker pdf;
    private final PublicUrls urls;

    SheetDocuments(SheetFactory factory, XhtmlTemplates templates, PdfMaker pdf, PublicUrls urls) {
        this.factory = factory;
        this.templates = templates;
        this.pdf = pdf;
        this.urls = urls;
    }

    byte[] routineSheet(RoutineRef ref, Paper paper, Locale locale) {
        return render(SHEET_TEMPLATE, Map.of("sheet", factory.sheet(ref, locale)), paper, locale);
    }

    byte[] render(String template, Map<String, Object> variables, Paper paper, Locale locale) {
        String xhtml = templates.render(template, variables, paper, locale);
        return pdf.render(xhtml, urls.absolute("/"));
    }
}
