package app.limber.sheet;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf. The fonts ship in the jar (DejaVu Sans, regular and bold) and are embedded,
 * subset, in every PDF, so the sheet looks the same on any machine. Nothing is fetched while rendering: the
 * stylesheet, the figures and the QR code are all inline, and every external resource is refused.
 */
@Component
class PdfMaker {

    static final String FONT_FAMILY = "DejaVu Sans";

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final byte[] regular;
    private final byte[] bold;
    /** Font metrics parsed once and shared by every render (the cache is thread-safe). */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    /**
     * Parsed fonts not in use. Parsing the two TrueType files was the largest single cost of a render (about a
     * fifth of it), so each pair is parsed once and reused. A parsed font reads its tables lazily from one shared
     * stream, so a pair serves one render at a time: a render takes a pair (or parses one when all are busy) and
     * gives it back. There are never more pairs than renders that ran at once, which HeavyWork bounds.
     */
    private final Deque<DejaVu> idle = new ConcurrentLinkedDeque<>();

    private final PaintedFigures figures;

    PdfMaker(PaintedFigures figures) {
        this.figures = figures;
        this.regular = read("fonts/DejaVuSans.ttf");
        this.bold = read("fonts/DejaVuSans-Bold.ttf");
        // PDFBox's mapper is process-wide; ours keeps the machine's fonts out of every render (see the class).
        FontMappers.set(new BundledFontMapper(parse(regular)));
    }

    byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        DejaVu fonts = borrow();
        PDDocument doc = new PDDocument();
        // The file identifier would otherwise come from the clock: seeded by the content, the same sheet is the
        // same bytes, so its ETag survives a cache eviction or a restart.
        doc.setDocumentId(seed(xhtml));
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            builder.useFont(new EmbeddedFont(doc, fonts.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new EmbeddedFont(doc, fonts.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new ReusedSvgDrawer(
                    new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE), figures));
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("Limber");
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // The renderer closes the document after saving it; this covers a failure before that (a second close
            // does nothing). The fonts go back only now: the subsets are written when the document is saved.
            closeQuietly(doc);
            idle.push(fonts);
        }
        return out.toByteArray();
    }

    private DejaVu borrow() {
        DejaVu fonts = idle.poll();
        return fonts != null ? fonts : new DejaVu(parse(regular), parse(bold));
    }

    private static long seed(String xhtml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static TrueTypeFont parse(byte[] ttf) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable font", e);
        }
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // Nothing to keep from a document that failed: the render has already thrown or returned.
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + path, e);
        }
    }

    private record DejaVu(TrueTypeFont regular, TrueTypeFont bold) {
    }

    /**
     * A parsed font embedded, subset, into one document, when the layout first needs it (as openhtmltopdf does
     * with a font file). The document does not close the parsed font: it belongs to the pool.
     */
    private static final class EmbeddedFont extends PDFontSupplier {

        private final PDDocument doc;
        private final TrueTypeFont ttf;

        EmbeddedFont(PDDocument doc, TrueTypeFont ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(doc, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot embed " + FONT_FAMILY, e);
            }
        }
    }
}
