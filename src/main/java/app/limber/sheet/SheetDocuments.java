package app.limber.sheet;

import app.limber.routine.RoutineRef;
import app.limber.system.PublicUrls;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The sheets as PDFs: the values worked out in Java ({@link Sheet}, {@link WeekPlan}), the template in PDF mode,
 * openhtmltopdf; finished PDFs come from the {@link PdfCache} when the same document was made before.
 */
@Component
class SheetDocuments {

    static final String SHEET_TEMPLATE = "sheet/sheet";
    static final String WEEK_TEMPLATE = "sheet/week";

    private final SheetFactory factory;
    private final XhtmlTemplates templates;
    private final PdfMaker pdf;
    private final PublicUrls urls;
    private final PdfCache cache;

    SheetDocuments(SheetFactory factory, XhtmlTemplates templates, PdfMaker pdf, PublicUrls urls, PdfCache cache) {
        this.factory = factory;
        this.templates = templates;
        this.pdf = pdf;
        this.urls = urls;
        this.cache = cache;
    }

    Pdf routineSheet(RoutineRef ref, Paper paper, Locale locale) {
        return document(SHEET_TEMPLATE, "sheet", factory.sheet(ref, locale), paper, locale);
    }

    Pdf weekPlan(WeekPlan plan, Paper paper, Locale locale) {
        return document(WEEK_TEMPLATE, "plan", plan, paper, locale);
    }

    /** The model is built outside the heavy-work gate: it is cheap, and it is the cache key. */
    private Pdf document(String template, String name, Object model, Paper paper, Locale locale) {
        String baseUri = urls.absolute("/");
        return cache.get(new PdfCache.Key(template, model, paper, locale, baseUri),
                () -> render(template, Map.of(name, model), paper, locale, baseUri));
    }

    private byte[] render(String template, Map<String, Object> variables, Paper paper, Locale locale, String baseUri) {
        return pdf.render(templates.render(template, variables, paper, locale), baseUri);
    }
}
