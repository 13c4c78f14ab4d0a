package app.limber.system;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * JSON that quotes user input (a problem detail naming the bad value) writes {@code < > & '} as {@code \u003C}
 * and so on: the same string to any JSON reader, and never markup should the body end up in a page.
 */
@Component
class HtmlSafeJson implements JsonFactoryBuilderCustomizer {

    @Override
    public void customize(JsonFactoryBuilder builder) {
        builder.characterEscapes(new Escapes());
    }

    private static final class Escapes extends CharacterEscapes {

        private final int[] codes;

        Escapes() {
            codes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                codes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
