package app.limber.sheet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.OutputDeviceGraphicsDrawer;
import com.openhtmltopdf.extend.SVGDrawer.SVGImage;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.multipdf.PDFCloneUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.springframework.stereotype.Component;

/**
 * The sheet's figures, each painted into a PDF form once per figure and size and copied into every sheet after
 * that. A figure is the same drawing on every sheet, yet Batik parsed, styled and painted it again for each one:
 * with the shaded figures that was most of a sheet's render time and most of its garbage, which at the small
 * server's heap meant a full collection every few sheets. Copying a finished form is a matter of bytes.
 *
 * <p>A form is what Batik paints, captured: the same drawing instructions openhtmltopdf would have written into the
 * sheet (see {@link ReusedSvgDrawer}, which places the copy exactly where the drawing would have gone).
 */
@Component
class PaintedFigures {

    /** Figures times sizes (a sheet has two) with room to spare; a form is a few kilobytes of drawing. */
    static final int MAX_FORMS = 256;

    private final Cache<Key, Painted> forms = Caffeine.newBuilder().maximumSize(MAX_FORMS).build();

    /**
     * What a painted figure is a function of: the SVG's content and the box it is drawn into. Batik also styles a
     * drawing with the page's rules that reach inside it; the key leaves those out because sheet.css has none (it
     * sizes the svg element only; PaintedFiguresTest fails on a rule that reaches further). One that did would have
     * to join the key.
     */
    record Key(String svgDigest, double cssWidth, double cssHeight, int boxWidth, int boxHeight) {
    }

    /** The form for this key, painted by {@code image} on first use. */
    Painted painted(Key key, SVGImage image, RenderingContext ctx) {
        return forms.get(key, k -> paint(image, ctx));
    }

    long size() {
        forms.cleanUp();
        return forms.estimatedSize();
    }

    /**
     * Runs Batik's own drawing of the image against a device that only records: Batik asks the device for a
     * Graphics2D of the box's size (openhtmltopdf's {@code drawWithGraphics}); we hand it one that writes into a
     * form of a document of our own, exactly as openhtmltopdf's PDF device does, and keep that form.
     */
    private static Painted paint(SVGImage image, RenderingContext ctx) {
        PDDocument owner = new PDDocument();
        Painted[] result = new Painted[1];
        OutputDevice recorder = (OutputDevice) Proxy.newProxyInstance(PaintedFigures.class.getClassLoader(),
                new Class<?>[] {OutputDevice.class}, (proxy, method, args) -> {
                    if (method.getName().equals("drawWithGraphics")) {
                        float width = (Float) args[2];
                        float height = (Float) args[3];
                        result[0] = new Painted(owner, form(owner, width, height,
                                (OutputDeviceGraphicsDrawer) args[args.length - 1]), width, height);
                        return null;
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("equals") ? proxy == args[0]
                                : method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                                : "recording device";
                    }
                    throw new UnsupportedOperationException("A figure asked the device for " + method.getName());
                });
        image.drawSVG(recorder, ctx, 0, 0);
        if (result[0] == null) {
            throw new IllegalStateException("Batik drew nothing for a figure");
        }
        return result[0];
    }

    private static PDFormXObject form(PDDocument owner, float width, float height, OutputDeviceGraphicsDrawer drawer) {
        try {
            // Whole pixels, as openhtmltopdf's device sizes the Graphics2D (the drawing is flipped about its height).
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(owner, (int) width, (int) height);
            drawer.render(graphics);
            graphics.dispose();
            PDFormXObject form = graphics.getXFormObject();
            // As openhtmltopdf's device does: the Graphics2D draws in CSS pixels (96 a inch), PDF counts points.
            form.setMatrix(AffineTransform.getScaleInstance(72f / 96f, 72f / 96f));
            return form;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot paint a figure", e);
        }
    }

    /**
     * A figure painted once: its form, in a document of its own that is never written out ({@code owner} holds the
     * form's streams for as long as the form is kept), and the size Batik asked for, in CSS pixels.
     */
    record Painted(PDDocument owner, PDFormXObject form, float width, float height) {

        /**
         * A copy of the form for {@code target}, drawing and resources included. One copy at a time: the form's
         * streams are read while copying, and a PDFBox stream is not meant for two readers at once.
         */
        PDFormXObject copyInto(PDDocument target) {
            synchronized (form) {
                try {
                    COSStream copy = new PDFCloneUtility(target) { }.cloneForNewDocument(form.getCOSObject());
                    return new PDFormXObject(copy);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot copy a painted figure", e);
                }
            }
        }
    }
}
