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

    /**
     * The text with each control character replaced by a space: for names stored before they were refused, which
     * XML (and so the PDF sheet) cannot carry at all.
     */
    public static String replaced(String text) {
        if (!in(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }
}
