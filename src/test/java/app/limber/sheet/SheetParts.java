package app.limber.sheet;

import app.limber.catalog.DosageText;
import app.limber.figure.Figures;
import app.limber.system.HeavyWork;
import app.limber.system.PublicUrlSettings;
import app.limber.system.PublicUrls;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * The application's own parts a print sheet is made of, for tests that make sheets themselves: at a public address
 * of their choosing, or with a PDF cache of their own. Taken from the test's context (not a bean, so the page tests
 * keep sharing one context).
 */
record SheetParts(Figures figures, DosageText dosageText, MessageSource messages, XhtmlTemplates templates,
                  PdfMaker pdfMaker, HeavyWork heavy) {

    static SheetParts of(ApplicationContext context) {
        return new SheetParts(context.getBean(Figures.class), context.getBean(DosageText.class),
                context.getBean(MessageSource.class), context.getBean(XhtmlTemplates.class),
                context.getBean(PdfMaker.class), context.getBean(HeavyWork.class));
    }

    /** Public addresses (the QR code's) under this base; "" for the request's own. */
    static PublicUrls urls(String base) {
        return new PublicUrls(new PublicUrlSettings(base));
    }

    SheetFactory factory(PublicUrls urls) {
        return new SheetFactory(figures, dosageText, messages, urls);
    }

    /** Sheets and PDFs with a PDF cache of their own, empty. */
    SheetDocuments documents(PublicUrls urls) {
        return documents(urls, new PdfCache(heavy));
    }

    SheetDocuments documents(PublicUrls urls, PdfCache cache) {
        return new SheetDocuments(factory(urls), templates, pdfMaker, urls, cache);
    }
}
