package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Several features append to the one stylesheet; an unclosed block would silently swallow every rule after it. */
class StylesheetTest {

    @Test
    void every_block_of_the_stylesheet_is_closed() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/limber.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a '}' without its '{' near line " + line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
