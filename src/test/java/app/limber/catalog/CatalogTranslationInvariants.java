package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Spanish catalog (V18's tables, filled by V19-V21) against the English rows, read with plain SQL so a mapping
 * slip in the app cannot hide a gap: every English row has its Spanish text, none is blank, "where the articles
 * differ" is there exactly where the English has it, and every figure of the English is carried over exactly.
 * {@link CatalogInvariants} extends this, so the H2 and PostgreSQL legs both run it.
 */
abstract class CatalogTranslationInvariants {

    static final String LANG = "es";
    static final Locale SPANISH = Locale.forLanguageTag(LANG);

    /**
     * Rows whose figures are written differently in Spanish (a number spelled out, a range in other words), each
     * with the reason it is still the same figure. Key: the row's label as the failures print it.
     */
    static final Map<String, String> FIGURES_WRITTEN_DIFFERENTLY = Map.of();

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Autowired
    JdbcTemplate jdbc;

    abstract Catalog catalog();

    /** One translatable field of one English row, with its Spanish text (null: none) and whether the row exists. */
    record Text(String row, String english, String spanish, boolean translated) {
    }

    /** A translatable field: the query gives label, key number, English, Spanish and the Spanish row's lang. */
    private record Field(String name, boolean movement, String sql) {
    }

    private static final List<Field> FIELDS = List.of(
            movementField("name"), movementField("summary"), movementField("feel_it"),
            movementField("sources_differ"),
            listField("step", "movement_step", "movement_step_text", "step_no", "instruction"),
            listField("caution", "movement_caution", "movement_caution_text", "caution_no", "caution"),
            listField("cue", "movement_cue", "movement_cue_text", "cue_no", "cue"),
            listField("source figures", "movement_source", "movement_source_text", "article_id", "figures"),
            new Field("guidance title", false, "select g.slug, 0, g.title, t.title, t.lang from guidance g"
                    + " left join guidance_text t on t.guidance_id = g.id and t.lang = ?"),
            new Field("guidance body", false, "select g.slug, 0, g.body, t.body, t.lang from guidance g"
                    + " left join guidance_text t on t.guidance_id = g.id and t.lang = ?"),
            new Field("guidance point", false, "select g.slug, e.point_no, e.point, t.point, t.lang"
                    + " from guidance_point e join guidance g on g.id = e.guidance_id"
                    + " left join guidance_point_text t on t.guidance_id = e.guidance_id"
                    + " and t.point_no = e.point_no and t.lang = ?"));

    private static Field movementField(String column) {
        return new Field("movement " + column, true, "select m.slug, 0, m." + column + ", t." + column + ", t.lang"
                + " from movement m left join movement_text t on t.movement_id = m.id and t.lang = ?");
    }

    private static Field listField(String name, String table, String textTable, String number, String column) {
        return new Field(name, true, "select m.slug, e." + number + ", e." + column + ", t." + column + ", t.lang"
                + " from " + table + " e join movement m on m.id = e.movement_id"
                + " left join " + textTable + " t on t.movement_id = e.movement_id"
                + " and t." + number + " = e." + number + " and t.lang = ?");
    }

    private List<Text> texts(boolean movements) {
        List<Text> texts = new ArrayList<>();
        for (Field field : FIELDS) {
            if (field.movement() != movements) {
                continue;
            }
            jdbc.query(field.sql(), rs -> {
                String row = field.name() + " " + rs.getString(1) + (rs.getInt(2) == 0 ? "" : " #" + rs.getInt(2));
                texts.add(new Text(row, rs.getString(3), rs.getString(4), rs.getString(5) != null));
            }, LANG);
        }
        return texts;
    }

    private List<Text> allTexts() {
        List<Text> all = new ArrayList<>(texts(false));
        all.addAll(texts(true));
        return all;
    }

    /** Rows without a Spanish text; "where the articles differ" only counts where the English has it. */
    private static List<String> untranslated(List<Text> texts) {
        return texts.stream().filter(t -> !t.translated() && t.english() != null).map(Text::row).toList();
    }

    @Test
    void every_guidance_entry_and_point_has_its_spanish_text() {
        List<Text> texts = texts(false);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(19 * 2 + 86);
        assertThat(untranslated(texts)).as("guidance rows without Spanish").isEmpty();
    }

    /** Fails until every movement's Spanish rows (V20, V21) are in. */
    @Test
    void every_movement_step_caution_cue_and_source_has_its_spanish_text() {
        assertThat(untranslated(texts(true))).as("movement rows without Spanish").isEmpty();
    }

    @Test
    void no_spanish_text_is_blank() {
        assertThat(allTexts().stream().filter(t -> t.translated() && t.spanish() != null && t.spanish().isBlank())
                .map(Text::row)).isEmpty();
    }

    @Test
    void where_the_articles_differ_is_translated_exactly_where_the_english_has_it() {
        assertThat(texts(true).stream().filter(t -> t.row().startsWith("movement sources_differ") && t.translated()
                && (t.english() == null) != (t.spanish() == null)).map(Text::row)).isEmpty();
    }

    @Test
    void every_spanish_text_carries_the_figures_of_its_english_row_exactly() {
        List<String> wrong = new ArrayList<>();
        for (Text t : allTexts()) {
            if (t.translated() && t.english() != null && t.spanish() != null
                    && !FIGURES_WRITTEN_DIFFERENTLY.containsKey(t.row())
                    && !numbers(t.english()).equals(numbers(t.spanish()))) {
                wrong.add(t.row() + ": " + numbers(t.english()) + " in English, " + numbers(t.spanish())
                        + " in Spanish");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The multiset of numbers in a text, as a sorted list ("2-4 weeks, 30 seconds" gives 2, 30, 4). */
    static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group());
        }
        numbers.sort(null);
        return numbers;
    }

    @Test
    void a_movement_in_spanish_differs_from_the_english_only_in_its_words() {
        // The stored records themselves (outside a request they answer in English), not a copy made like the Spanish.
        List<Movement> english = catalog().movements();
        List<Movement> spanish = catalog().movements(SPANISH);
        assertThat(spanish).extracting(Movement::slug).containsExactlyElementsOf(
                english.stream().map(Movement::slug).toList());
        for (int i = 0; i < english.size(); i++) {
            MovementComparison.assertSameButWords(english.get(i), spanish.get(i));
        }
    }
}
