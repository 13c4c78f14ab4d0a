package app.limber.sheet;

import app.limber.system.Sha256;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * One render's SVG drawer: Batik's, except that a drawing marked {@value #SAME_ON_EVERY_SHEET} on its parent (the
 * sheet's figures) is painted once and copied after that ({@link PaintedFigures}), and the QR code is written
 * straight into the PDF ({@link QrForm}). Batik still sizes every drawing, so the layout is the same.
 */
final class ReusedSvgDrawer implements SVGDrawer {

    private static final Logger LOG = LoggerFactory.getLogger(ReusedSvgDrawer.class);

    /** Set by the sheet template on the element around a figure. */
    static final String SAME_ON_EVERY_SHEET = "data-same-on-every-sheet";

    private final SVGDrawer batik;
    private final PaintedFigures painted;

    ReusedSvgDrawer(SVGDrawer batik, PaintedFigures painted) {
        this.batik = batik;
        this.painted = painted;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        if (QrForm.isQrCode(svg)) {
            QrForm qr = QrForm.of(svg);
            return new Qr(batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel), qr, box);
        }
        // Read before Batik writes the size it settles on into the element.
        String digest = svg.getParentNode() instanceof Element parent && parent.hasAttribute(SAME_ON_EVERY_SHEET)
                ? Sha256Text.of(svg) : null;
        SVGImage image = batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
        return digest == null ? image : new Reused(image, digest, box, cssWidth, cssHeight);
    }

    @Override
    public SVGImage buildStandaloneSVGImage(Element svg, String uri, double width, double height,
            double dotsPerPixel) {
        return batik.buildStandaloneSVGImage(svg, uri, width, height, dotsPerPixel);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        batik.importFontFaceRules(fontFaces, shared);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        batik.withUserAgent(userAgent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        batik.addFontFile(file, family, weight, style);
    }

    @Override
    public void addFontStream(FSSupplier<InputStream> font, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        batik.addFontStream(font, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        batik.close();
    }

    /**
     * A drawing laid out by Batik (its size is Batik's, so the layout is unchanged) and drawn our way into a PDF, in
     * its box's content area; on any other device, Batik draws it.
     */
    private abstract static class DrawnOurWay implements SVGImage {

        final SVGImage image;
        final Box box;

        DrawnOurWay(SVGImage image, Box box) {
            this.image = image;
            this.box = box;
        }

        @Override
        public int getIntrinsicWidth() {
            return image.getIntrinsicWidth();
        }

        @Override
        public int getIntrinsicHeight() {
            return image.getIntrinsicHeight();
        }

        @Override
        public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
            if (out instanceof PdfBoxOutputDevice device) {
                draw(device, ctx, box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), ctx), (int) Math.round(x),
                        (int) Math.round(y));
            } else {
                image.drawSVG(out, ctx, x, y);
            }
        }

        /** Draws into the content area {@code bounds}, whose top left corner is at (x, y) on the page, in dots. */
        abstract void draw(PdfBoxOutputDevice device, RenderingContext ctx, Rectangle bounds, int x, int y);
    }

    private final class Reused extends DrawnOurWay {

        private final String digest;
        private final double cssWidth;
        private final double cssHeight;

        Reused(SVGImage image, String digest, Box box, double cssWidth, double cssHeight) {
            super(image, box);
            this.digest = digest;
            this.cssWidth = cssWidth;
            this.cssHeight = cssHeight;
        }

        @Override
        void draw(PdfBoxOutputDevice device, RenderingContext ctx, Rectangle bounds, int x, int y) {
            PaintedFigures.Painted form;
            try {
                form = painted.painted(
                        new PaintedFigures.Key(digest, cssWidth, cssHeight, bounds.width, bounds.height), image, ctx);
            } catch (RuntimeException e) {
                // As before figures were kept: a figure Batik cannot paint leaves its box empty, not the sheet.
                LOG.warn("A figure could not be painted once for every sheet; drawing it on this one: {}",
                        e.toString());
                image.drawSVG(device, ctx, x, y);
                return;
            }
            // Where openhtmltopdf's drawWithGraphics(x, y, width, height) puts a Graphics2D's form: its lower left
            // corner at (x, y + height) on the page, the form scaled from CSS pixels to points. Given a box of
            // exactly the form's size in dots, drawPdfAsImage places a form there without scaling it again.
            float dotsPerPoint = device.getDotsPerPoint();
            int width = Math.round(form.width() * 72f / 96f * dotsPerPoint);
            int height = Math.round(form.height() * 72f / 96f * dotsPerPoint);
            device.drawPdfAsImage(form.copyInto(device.getWriter()), new Rectangle(x, y, width, height), width,
                    height);
        }
    }

    /** The QR code, a square centred in its box as Batik would place it. */
    private static final class Qr extends DrawnOurWay {

        private final QrForm qr;

        Qr(SVGImage image, QrForm qr, Box box) {
            super(image, box);
            this.qr = qr;
        }

        @Override
        void draw(PdfBoxOutputDevice device, RenderingContext ctx, Rectangle bounds, int x, int y) {
            int size = Math.min(bounds.width, bounds.height);
            Rectangle square = new Rectangle(x + (bounds.width - size) / 2, y + (bounds.height - size) / 2, size,
                    size);
            device.drawPdfAsImage(qr.form(device.getWriter(), size / device.getDotsPerPoint()), square, size, size);
        }
    }

    /** A digest of an element's whole content: names, attributes in order, text. */
    static final class Sha256Text {

        private Sha256Text() {
        }

        static String of(Element element) {
            StringBuilder text = new StringBuilder(16 * 1024);
            append(element, text);
            return Sha256.hex(text.toString());
        }

        private static void append(Node node, StringBuilder text) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                text.append('<').append(node.getNodeName());
                NamedNodeMap attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node attribute = attributes.item(i);
                    text.append(' ').append(attribute.getNodeName()).append("=\"").append(attribute.getNodeValue().replace("\"", "&quot;")).append('"');
                }
                text.append('>');
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    append(child, text);
                }
                text.append("</>");
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue().replace("<", "&lt;"));
            }
        }
    }
}
