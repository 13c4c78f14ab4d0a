package app.limber.sheet;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as a reader would: pages, words, and the QR code printed on the first page. */
final class Pdfs {

    private Pdfs() {
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font on every page, as "name (embedded)" or "name (not embedded)". */
    static java.util.List<String> fonts(byte[] pdf) {
        java.util.List<String> fonts = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " (embedded)" : " (not embedded)"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** Keeps a rendered PDF under target/sheet-samples, to look at with pdftoppm after the tests ran. */
    static void keep(byte[] pdf, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "sheet-samples");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDRectangle pageSize(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text, with every run of white space (line breaks included) made one space. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One printed character on the first page: where it starts and ends across, and its baseline, in mm from the top left. */
    record Glyph(String text, double x, double right, double y) {
    }

    /** Every character printed on the first page, in reading order as PDFBox sees it. */
    static java.util.List<Glyph> glyphsOnFirstPage(byte[] pdf) {
        double mm = 72 / 25.4;
        java.util.List<Glyph> glyphs = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var p : positions) {
                        glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj() / mm, (p.getXDirAdj() + p.getWidthDirAdj()) / mm,
                                p.getYDirAdj() / mm));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    static BufferedImage firstPage(byte[] pdf, int dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code on the first page, printed at 150 dpi as a cheap printer would. */
    static String qrOnFirstPage(byte[] pdf) {
        return decodeQr(firstPage(pdf, 150));
    }

    static String decodeQr(BufferedImage image) {
        try {
            Result result = new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("No readable QR code in the image", e);
        }
    }
}
