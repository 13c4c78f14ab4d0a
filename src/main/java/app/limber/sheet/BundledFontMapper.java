package app.limber.sheet;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What PDFBox stands in for a font that a PDF names without embedding it: our bundled DejaVu Sans, never the
 * machine's own fonts. openhtmltopdf creates the fourteen standard PDF fonts (Times, Helvetica, Courier, Symbol,
 * ZapfDingbats) for every render, and PDFBox's default mapper answers each one by scanning the system's fonts,
 * writing a cache file to the home folder and keeping the parsed fonts: about 35 MB of heap with the 38 fonts of
 * a Debian server, more with more fonts, enough to keep a 128 MB heap collecting without end. The sheet's text is
 * set in the embedded DejaVu Sans, so the stand-in only gives those fourteen their glyph names and outlines; one
 * parsed font, shared (PDFBox shares its own stand-ins between threads too), answers them all.
 */
final class BundledFontMapper implements FontMapper {

    private final TrueTypeFont font;

    BundledFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font, true);
    }
}
