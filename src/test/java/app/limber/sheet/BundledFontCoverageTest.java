package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF fonts are DejaVu Sans cut down to the scripts people write here (docs/print-sheet.md says which): every
 * character Limber itself can print (messages in both languages, the catalog's text in the migrations, templates,
 * code) must still be in them, or the sheet would print a blank box.
 */
class BundledFontCoverageTest {

    /** Characters a person might type into a routine's name, beyond what Limber prints itself. */
    private static final String TYPED = "ÀÉÎÕÜàéîõüÇçÑñŁłŒœŠšŽžßÆæØøÅåĀāĞğİıŞş€£¥©®™°±×÷–—‘’“”„…•·←→↑↓✓"
            + "ΑΒΓαβγΩωАБВабвЖжЯяЁё";

    @ParameterizedTest
    @ValueSource(strings = {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf"})
    void every_character_limber_prints_or_a_person_types_has_a_glyph(String font) throws IOException {
        CmapLookup cmap = parse(font).getUnicodeCmapLookup();
        Set<String> missing = new TreeSet<>();
        (printed() + TYPED).codePoints().filter(c -> c > ' ' && cmap.getGlyphId(c) == 0)
                .forEach(c -> missing.add(String.format("U+%04X %s", c, Character.toString(c))));

        assertThat(missing).isEmpty();
    }

    private static String printed() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path root : new Path[] {Path.of("src/main/resources/messages"), Path.of("src/main/resources/db"),
                Path.of("src/main/resources/templates"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    text.append(file.toString().endsWith(".properties") ? values(file) : Files.readString(file));
                }
            }
        }
        return text.toString();
    }

    /** A bundle's values with its \\u escapes read, as the site shows them. */
    private static String values(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return String.join("\n", properties.stringPropertyNames().stream().map(properties::getProperty).toList());
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = BundledFontCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
