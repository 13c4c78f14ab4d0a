package app.limber.sheet;

import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.system.cache.CachedPage;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printable sheet of a routine: {@code .../sheet} in the browser (with a print button), {@code .../sheet.pdf}
 * rendered on the server from the same template, for generated routines (the generate query) and saved ones.
 */
@Controller
class SheetController {

    private final RoutineLookup lookup;
    private final SheetFactory factory;
    private final SheetDocuments documents;

    SheetController(RoutineLookup lookup, SheetFactory factory, SheetDocuments documents) {
        this.lookup = lookup;
        this.factory = factory;
        this.documents = documents;
    }

    @CachedPage
    @GetMapping("/routines/generate/sheet")
    String generated(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        return page(generatedRef(params), model, locale);
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/{token}/sheet")
    String saved(@PathVariable String token, Model model, Locale locale) {
        return page(lookup.saved(token), model, locale);
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/generate/sheet.pdf")
    ResponseEntity<byte[]> generatedPdf(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        Paper paper = Paper.parse(params.getFirst("paper"), locale);
        return pdf(generatedRef(params), paper, locale);
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/{token}/sheet.pdf")
    ResponseEntity<byte[]> savedPdf(@PathVariable String token, @RequestParam(required = false) String paper,
                                    Locale locale) {
        Paper size = Paper.parse(paper, locale);
        return pdf(lookup.saved(token), size, locale);
    }

    /**
     * A generated routine changes with the date, and a sheet on the wall should keep opening the routine printed
     * on it: the lookup's canonical query pins the date, so the QR code and links carry it.
     */
    private RoutineRef generatedRef(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> inputs = new LinkedMultiValueMap<>(params);
        inputs.remove("paper");
        return lookup.generated(inputs);
    }

    private String page(RoutineRef ref, Model model, Locale locale) {
        model.addAttribute("sheet", factory.sheet(ref, locale));
        model.addAttribute("pdf", false);
        model.addAttribute("routinePath", ref.pagePath());
        model.addAttribute("pdfA4Path", pdfPath(ref, Paper.A4));
        model.addAttribute("pdfLetterPath", pdfPath(ref, Paper.LETTER));
        model.addAttribute("defaultPaper", Paper.parse(null, locale).param());
        return SheetDocuments.SHEET_TEMPLATE;
    }

    /**
     * Rendering is bounded (a 503 past the bound) inside {@link SheetDocuments}; a sheet made before is not. A saved
     * routine can be edited at any time, so the browser asks again each time (no-cache) and gets a 304 when it has
     * the current sheet; a generated one is a function of its URL and the day.
     */
    private ResponseEntity<byte[]> pdf(RoutineRef ref, Paper paper, Locale locale) {
        CacheControl cacheControl = ref.saved() ? CacheControl.noCache().cachePrivate()
                : Downloads.revalidated();
        return Downloads.pdf(documents.routineSheet(ref, paper, locale), fileName(ref, paper), cacheControl);
    }

    static String pdfPath(RoutineRef ref, Paper paper) {
        String path = ref.subPath("sheet.pdf");
        return path + (path.contains("?") ? "&" : "?") + "paper=" + paper.param();
    }

    /** {@code limber-morning-2026-11-21-a4.pdf}, or the saved routine's name made file-safe. */
    static String fileName(RoutineRef ref, Paper paper) {
        String stem = ref.saved()
                ? Downloads.slug(ref.name(), ref.token())
                : ref.routine().request().slot().name().toLowerCase(Locale.ROOT) + "-" + ref.routine().request().date();
        return "limber-" + stem + "-" + paper.param() + ".pdf";
    }
}
