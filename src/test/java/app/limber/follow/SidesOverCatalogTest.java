package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Catalog;
import app.limber.catalog.CatalogSlice;
import app.limber.catalog.Movement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second side's words over the real catalog: every each-side movement whose texts name a side gets its first
 * side right, and its texts use "left" and "right" only as sides, so swapping them gives the other side's cues.
 */
@CatalogSlice
class SidesOverCatalogTest {

    /** "right in front of you", "right away": "right" as a word that is not a side (would be swapped wrongly). */
    static final Pattern NOT_A_SIDE = Pattern.compile(
            "(?i)\\bright (in front|in the middle|in line|away|now|here|there|at the|on top|before|after|up to|into|behind)\\b"
                    + "|\\ball right\\b");

    @Autowired
    Catalog catalog;

    private static List<String> texts(Movement movement) {
        List<String> texts = new ArrayList<>(movement.steps());
        texts.addAll(movement.cues());
        texts.addAll(movement.cautions());
        return texts;
    }

    @Test
    void each_side_movements_use_left_and_right_only_as_sides() {
        List<String> suspicious = catalog.movements().stream().filter(m -> m.dosage().eachSide())
                .flatMap(m -> texts(m).stream().filter(t -> NOT_A_SIDE.matcher(t).find()).map(t -> m.slug() + ": " + t))
                .toList();
        assertThat(suspicious).isEmpty();
    }

    /**
     * Each translation names a side exactly where the English does, text by text: the mirror swaps "izquierda" and
     * "derecha", so a "derecha" meaning "straight" ("la espalda derecha") would come out on the wrong side.
     */
    @Test
    void spanish_texts_name_the_sides_exactly_where_the_english_do() {
        Pattern english = Pattern.compile("(?i)\\b(left|right)\\b");
        Pattern spanish = Pattern.compile("(?iu)(?<!\\p{L})(izquierd|derech)[oa]s?(?!\\p{L})");
        List<String> differing = new ArrayList<>();
        for (Movement m : catalog.movements()) {
            if (!m.dosage().eachSide()) {
                continue;
            }
            List<String> en = texts(m.in(Locale.ENGLISH));
            List<String> es = texts(m.in(Locale.forLanguageTag("es")));
            for (int i = 0; i < en.size(); i++) {
                List<String> enSides = sides(english, en.get(i));
                List<String> esSides = sides(spanish, es.get(i));
                if (!enSides.equals(esSides)) {
                    differing.add(m.slug() + ": " + en.get(i) + " | " + es.get(i));
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    /** The sides a text names, in order, as "l" or "r" whatever the language. */
    private static List<String> sides(Pattern pattern, String text) {
        List<String> sides = new ArrayList<>();
        var m = pattern.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            sides.add(word.startsWith("l") || word.startsWith("izq") ? "l" : "r");
        }
        return sides;
    }

    @Test
    void the_first_side_is_the_one_the_catalog_describes() {
        Map<String, Sides.Side> first = new TreeMap<>();
        catalog.movements().stream().filter(m -> m.dosage().eachSide())
                .filter(m -> texts(m).stream().anyMatch(t -> Pattern.compile("(?i)\\b(left|right)\\b").matcher(t).find()))
                .forEach(m -> first.put(m.slug(), Sides.first(m)));
        // Read from each movement's steps: the side it stretches, or the limb it names first.
        assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.of(
                "diagonal-upper-back-stretch", Sides.Side.RIGHT, // "To stretch the right side"
                "iron-cross", Sides.Side.RIGHT, // "Lift your right knee" (the roller lies on the left)
                "neck-side-release", Sides.Side.RIGHT,
                "seated-spinal-twist", Sides.Side.LEFT, // "turn ... to the left", then the right
                "thoracic-side-bend", Sides.Side.RIGHT,
                "thread-the-needle", Sides.Side.RIGHT,
                "translation", Sides.Side.RIGHT, // "(this stretches the right side)"
                "wall-chest-stretch", Sides.Side.RIGHT));
    }
}
