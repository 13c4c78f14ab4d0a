package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    static final String FOLLOW = "https://limber.example/routines/generate/follow?slot=evening&minutes=45"
            + "&place=home&equipment=foam-roller&equipment=massage-ball&caution=neck&focus=posture&date=2026-11-21";

    @Test
    void the_matrix_decodes_to_the_follow_url() {
        BitMatrix matrix = QrCode.matrix(FOLLOW);
        BufferedImage image = MatrixToImageWriter.toBufferedImage(scaled(matrix, 4));
        assertThat(Pdfs.decodeQr(image)).isEqualTo(FOLLOW);
    }

    @Test
    void the_svg_path_draws_exactly_the_dark_modules_inside_a_quiet_zone() {
        BitMatrix matrix = QrCode.matrix(FOLLOW);
        String svg = QrCode.svg(FOLLOW);
        int size = matrix.getWidth() + 2 * QrCode.QUIET_ZONE;
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("viewBox=\"0 0 " + size + " " + size + "\"");

        BitMatrix drawn = new BitMatrix(matrix.getWidth(), matrix.getHeight());
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1)) - QrCode.QUIET_ZONE;
            int y = Integer.parseInt(run.group(2)) - QrCode.QUIET_ZONE;
            drawn.setRegion(x, y, Integer.parseInt(run.group(3)), 1);
        }
        assertThat(drawn).isEqualTo(matrix);
    }

    /** Each module as a square of pixels, with the quiet zone around it. */
    private static BitMatrix scaled(BitMatrix m, int scale) {
        int quiet = QrCode.QUIET_ZONE * scale;
        BitMatrix out = new BitMatrix(m.getWidth() * scale + 2 * quiet, m.getHeight() * scale + 2 * quiet);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    out.setRegion(quiet + x * scale, quiet + y * scale, scale, scale);
                }
            }
        }
        return out;
    }
}
