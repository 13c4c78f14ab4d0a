package app.limber.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Element;

/**
 * The sheet's QR code ({@link QrCode#svg}) written straight into a PDF form: a square of white and one rectangle
 * per run of dark modules. It is new on every sheet, so nothing is gained by keeping it, and drawing it through
 * Batik left a render's whole document waiting for finalizers (Batik's bridge and the Graphics2D it paints on both
 * have one) long after the sheet was sent: on a small heap, that is what filled the old generation.
 */
final class QrForm {

    static final String CSS_CLASS = "qr-code";
    /** One run, as {@link QrCode#svg} writes it: "M x y h width v1 h-width z". */
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
    private static final Pattern VIEW_BOX = Pattern.compile("0 0 (\\d+) \\1");

    private final int modules;
    private final String runs;

    private QrForm(int modules, String runs) {
        this.modules = modules;
        this.runs = runs;
    }

    static boolean isQrCode(Element svg) {
        return (" " + svg.getAttribute("class") + " ").contains(" " + CSS_CLASS + " ");
    }

    /** Reads the code back from the markup {@link QrCode#svg} wrote; anything else is refused. */
    static QrForm of(Element svg) {
        Matcher box = VIEW_BOX.matcher(svg.getAttribute("viewBox"));
        Element path = (Element) svg.getElementsByTagName("path").item(0);
        if (!box.matches() || path == null) {
            throw new IllegalArgumentException("Not a QR code drawn by QrCode");
        }
        int modules = Integer.parseInt(box.group(1));
        String d = path.getAttribute("d");
        StringBuilder runs = new StringBuilder(d.length());
        Matcher run = RUN.matcher(d);
        int end = 0;
        while (run.find()) {
            if (run.start() != end) {
                throw new IllegalArgumentException("Not a QR code drawn by QrCode");
            }
            end = run.end();
            // PDF's y axis points up: module row y is drawn from modules - y - 1.
            runs.append(run.group(1)).append(' ').append(modules - Integer.parseInt(run.group(2)) - 1).append(' ')
                    .append(run.group(3)).append(" 1 re\n");
        }
        if (end != d.length()) {
            throw new IllegalArgumentException("Not a QR code drawn by QrCode");
        }
        return new QrForm(modules, runs.toString());
    }

    /** The code as a form of {@code sizeInPoints} square in {@code doc}, its origin at the lower left. */
    PDFormXObject form(PDDocument doc, float sizeInPoints) {
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            String content = String.format(Locale.ROOT, "1 g 0 0 %d %d re f\n0 g\n%sf\n", modules, modules, runs);
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a QR code", e);
        }
        PDFormXObject form = new PDFormXObject(stream);
        form.setResources(new PDResources());
        form.setBBox(new PDRectangle(modules, modules));
        float scale = sizeInPoints / modules;
        form.setMatrix(Matrix.getScaleInstance(scale, scale).createAffineTransform());
        return form;
    }
}
