package app.limber.sheet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes as vector paths: sharp at any print resolution, no image file, and the same markup in the browser and
 * in the PDF. zxing has no SVG writer, so the dark modules become one path of horizontal runs.
 */
final class QrCode {

    /** The quiet zone the QR specification asks for, in modules. */
    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** One cell per module, no margin. Medium error correction survives a pen mark or a pin hole. */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text.length() + " characters", e);
        }
    }

    /** A standalone SVG element with the quiet zone included; size it with CSS. */
    static String svg(String text) {
        BitMatrix m = matrix(text);
        int size = m.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder(m.getWidth() * m.getHeight());
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (!m.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.getWidth() && m.get(x, y)) {
                    x++;
                }
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"" + size * 4 + "\" height=\"" + size * 4 + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
