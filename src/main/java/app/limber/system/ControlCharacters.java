package app.limber.system;

/**
 * Names and other one-line text must not hold control characters: a NUL cannot be stored in PostgreSQL text (the
 * save failed with a 500) and breaks the XML the PDF sheet is rendered from (on H2 the saved routine's PDF failed
 * for good); line breaks and escapes have no place in a name either.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True when the text holds a control character: C0 (NUL, tab, line breaks, ESC...), DEL or C1. */
    public static boolean in(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
