package app.limber.follow;

import app.limber.catalog.Movement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Left and right for movements done on each side. The catalog describes each such movement once, for the side done
 * first; the second side is the same movement mirrored, so its cues are the first side's with "left" and "right"
 * swapped, in English and in Spanish ("izquierda" and "derecha" in gender and number). A plain-word swap: the
 * catalog's each-side texts use these words only as sides, which SidesOverCatalogTest holds.
 */
public final class Sides {

    /** Which side a movement works first. */
    public enum Side {
        RIGHT, LEFT;

        public Side other() {
            return this == RIGHT ? LEFT : RIGHT;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern SIDE_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(left|right|izquierd[oa]s?|derech[oa]s?)(?![\\p{L}\\d])");
    private static final Pattern STRETCHES = Pattern.compile("(?i)\\bstretch(?:es)? the (left|right) side\\b");
    private static final Pattern YOUR = Pattern.compile("(?i)\\byour (left|right)\\b");
    private static final Pattern ANY = Pattern.compile("(?i)\\b(left|right)\\b");

    private Sides() {
    }

    /** The text for the other side: every "left" becomes "right" and the reverse, in the same case. */
    public static String mirror(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SIDE_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(swap(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The other side's word, with the same case, gender and number ("Izquierdas" -> "Derechas"). */
    private static String swap(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String other;
        if (lower.equals("left")) {
            other = "right";
        } else if (lower.equals("right")) {
            other = "left";
        } else if (lower.startsWith("izquierd")) {
            other = "derech" + lower.substring("izquierd".length());
        } else {
            other = "izquierd" + lower.substring("derech".length());
        }
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return other.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(other.charAt(0)) + other.substring(1) : other;
    }

    /**
     * The side the catalog's steps describe, so the side worked first. Limber's rule, in order: the side a step says
     * it stretches ("this stretches the right side"); else the first "your left/right" limb; else the first side
     * named at all; else the right.
     */
    public static Side first(Movement movement) {
        // Read from the English words whatever the page's language: the translations name the same sides.
        List<String> texts = movement.english().steps();
        for (Pattern pattern : List.of(STRETCHES, YOUR, ANY)) {
            for (String text : texts) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return Side.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                }
            }
        }
        return Side.RIGHT;
    }

    /** The side a phase works: side 1 is the first side, side 2 the other; null where sides do not apply. */
    public static Side of(Movement movement, Phase phase) {
        if (phase.side() == 0) {
            return null;
        }
        Side first = first(movement);
        return phase.side() == 1 ? first : first.other();
    }
}
