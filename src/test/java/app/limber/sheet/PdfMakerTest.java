package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfMakerTest {

    private final PdfMaker maker = new PdfMaker(new PaintedFigures());

    @Test
    void the_standard_pdf_fonts_stand_in_with_the_bundled_font_not_the_machines() throws IOException {
        // PDFBox's own mapper would give a system font here (Liberation Sans, or the copy PDFBox ships).
        for (Standard14Fonts.FontName name : Standard14Fonts.FontName.values()) {
            assertThat(new PDType1Font(name).getFontBoxFont().getName()).as(name.getName()).isEqualTo("DejaVuSans");
        }
    }

    @Test
    void a_page_renders_with_its_text_in_the_embedded_font() {
        byte[] pdf = maker.render("""
                <html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
                <body><p>Chin tucks, 10 reps</p></body></html>""", "about:blank");

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.fonts(pdf)).allMatch(font -> font.contains("DejaVuSans") && font.endsWith("(embedded)"));
        assertThat(Pdfs.text(pdf)).contains("Chin tucks, 10 reps");
    }
}
