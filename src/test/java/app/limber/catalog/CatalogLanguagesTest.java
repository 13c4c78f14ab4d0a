package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the catalog picks its words, over the stored catalog plus a few rows in a made-up language ("xx", so the test
 * never meets a real translation): each word its translation where there is one, the English where not, field by
 * field; every other field the same. The rows are the test's own (rolled back with its transaction).
 */
@CatalogSlice
class CatalogLanguagesTest {

    static final Locale XX = Locale.forLanguageTag("xx");

    @Autowired
    StoredCatalog stored;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    private Catalog catalogWithSomeWordsInXx() {
        jdbc.update("insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ)"
                + " values ((select id from movement where slug = 'cat-cow'), 'xx', 'Gato-vaca xx', ' ',"
                + " 'Se nota xx', null)");
        jdbc.update("insert into movement_step_text (movement_id, step_no, lang, instruction)"
                + " values ((select id from movement where slug = 'cat-cow'), 2, 'xx', 'Paso dos xx')");
        jdbc.update("insert into guidance_point_text (guidance_id, point_no, lang, point)"
                + " values ((select id from guidance where slug = 'red-flags'), 2, 'xx', 'Punto dos xx')");
        return stored.read();
    }

    @Test
    void a_translated_word_replaces_the_english_and_every_missing_or_blank_one_falls_back_to_it() {
        Catalog catalog = catalogWithSomeWordsInXx();
        Movement english = catalog.get("cat-cow");
        Movement xx = catalog.get("cat-cow", XX);

        assertThat(catalog.languages()).contains("en", "xx");
        assertThat(xx.name()).isEqualTo("Gato-vaca xx");
        assertThat(xx.feelIt()).isEqualTo("Se nota xx");
        assertThat(xx.summary()).as("blank: the English").isEqualTo(english.summary()).isNotBlank();
        assertThat(xx.steps().get(1)).isEqualTo("Paso dos xx");
        assertThat(xx.steps().get(0)).isEqualTo(english.steps().get(0));
        assertThat(xx.steps().subList(2, xx.steps().size()))
                .isEqualTo(english.steps().subList(2, english.steps().size()));
        assertThat(xx.sourcesDiffer()).as("a translation without it: the English").isNotNull()
                .isEqualTo(english.sourcesDiffer());
        assertThat(xx.sources()).extracting(Source::figures)
                .isEqualTo(english.sources().stream().map(Source::figures).toList());
        MovementComparison.assertSameButWords(english, xx);

        // A movement with no words in xx is all English, and other entries name cat-cow in xx.
        Movement childsPose = catalog.get("childs-pose", XX);
        assertThat(childsPose).isEqualTo(catalog.get("childs-pose", Locale.ENGLISH));
        assertThat(catalog.movements(XX)).flatExtracting(Movement::variations)
                .filteredOn(v -> v.slug().equals("cat-cow")).extracting(Variation::name)
                .isNotEmpty().containsOnly("Gato-vaca xx");

        Guidance redFlags = catalog.guidance(XX).stream().filter(g -> g.slug().equals("red-flags")).findFirst()
                .orElseThrow();
        Guidance redFlagsEnglish = catalog.guidance(Locale.ENGLISH).stream()
                .filter(g -> g.slug().equals("red-flags")).findFirst().orElseThrow();
        assertThat(redFlags.points().get(1)).isEqualTo("Punto dos xx");
        assertThat(redFlags.points().get(0)).isEqualTo(redFlagsEnglish.points().get(0));
        assertThat(redFlags.sources()).isEqualTo(redFlagsEnglish.sources());
    }

    @Test
    void the_catalogs_movements_answer_in_the_language_of_the_request_being_served() {
        Catalog catalog = catalogWithSomeWordsInXx();
        Movement catCow = catalog.get("cat-cow");
        String englishName = catalog.get("cat-cow", Locale.ENGLISH).name();

        assertThat(catCow.name()).as("outside a request").isEqualTo(englishName);
        LocaleContextHolder.setLocale(XX);
        assertThat(catCow.name()).isEqualTo("Gato-vaca xx");
        assertThat(catCow.steps().get(1)).isEqualTo("Paso dos xx");
        assertThat(catalog.guidance(java.util.EnumSet.allOf(Topic.class))).flatExtracting(Guidance::points)
                .contains("Punto dos xx");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(catCow.name()).as("a language the catalog does not have").isEqualTo(englishName);
        assertThat(catalog.movements(Locale.GERMAN)).isEqualTo(catalog.movements(Locale.ENGLISH));
    }
}
