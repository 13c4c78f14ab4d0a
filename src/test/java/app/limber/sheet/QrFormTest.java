package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The QR code written straight into the PDF decodes, and sits where Batik would have drawn it. */
class QrFormTest {

    private final PdfMaker maker = new PdfMaker(new PaintedFigures());

    @Test
    void the_code_written_into_the_pdf_decodes_to_its_url_and_covers_the_same_square_as_batiks() {
        String svg = QrCode.svg(QrCodeTest.FOLLOW);
        byte[] ours = maker.render(page(svg), "about:blank");
        byte[] batiks = maker.render(page(svg.replace("class=\"qr-code\"", "")), "about:blank");

        assertThat(Pdfs.qrOnFirstPage(ours)).isEqualTo(QrCodeTest.FOLLOW);
        BufferedImage expected = Pdfs.firstPage(batiks, 150);
        BufferedImage actual = Pdfs.firstPage(ours, 150);
        // Module edges fall between pixels and may be shaded a little differently (a few hundred edge pixels);
        // a module out of place would be a whole block of about 4 x 4 pixels.
        java.util.List<Integer> bounds = darkBounds(expected);
        assertThat(darkBounds(actual)).isEqualTo(bounds);
        long area = (long) (bounds.get(2) - bounds.get(0)) * (bounds.get(3) - bounds.get(1));
        assertThat(differentPixels(actual, expected)).isLessThan(area / 25);
    }

    @Test
    void markup_that_is_not_qr_codes_own_is_refused_rather_than_misdrawn() throws Exception {
        Element other = parse("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 29 29\">"
                + "<path d=\"M4 4h3v1h-3zM5 5l1 1z\"/></svg>");

        assertThatThrownBy(() -> QrForm.of(other)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String page(String svg) {
        return """
                <html><head><style>
                @page { size: A4; margin: 10mm; }
                .qr svg { display: block; width: 27mm; height: 27mm; margin-left: 13.3mm; }
                </style></head><body><p style="font-family: 'DejaVu Sans'">Follow it</p><div class="qr">"""
                + svg + "</div></body></html>";
    }

    /** Left, top, right and bottom of the dark pixels. */
    private static java.util.List<Integer> darkBounds(BufferedImage image) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128 && y > 60) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return java.util.List.of(left, top, right, bottom);
    }

    private static long differentPixels(BufferedImage actual, BufferedImage expected) {
        long different = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                different += Math.abs((actual.getRGB(x, y) & 0xff) - (expected.getRGB(x, y) & 0xff)) > 64 ? 1 : 0;
            }
        }
        return different;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(xml))).getDocumentElement();
    }
}
