package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.search.CatalogSearch;
import app.limber.routine.Rules;
import app.limber.routine.SmallCatalog;
import app.limber.system.WebSlice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The catalog and guide pages in the page's language, over a small catalog in which one movement and one piece of
 * guidance have Spanish words and the rest only English: Spanish where there is Spanish, English (the fallback)
 * where not, and the articles' titles and names cited in English with {@code lang="en"}. The page's language comes
 * from {@code Accept-Language} here (the app's language resolver also reads a cookie; not this test's subject).
 */
@WebSlice({CatalogController.class, GuideController.class})
@Import({CatalogInSpanishPagesTest.Content.class, CatalogSearch.class, DosageText.class, Citations.class})
class CatalogInSpanishPagesTest {

    static final Article ARTICLE = new Article(1, "what-stretches", "What Stretches Upper Back?", "Example");

    @Autowired
    MockMvcTester mvc;

    @TestConfiguration(proxyBeanMethods = false)
    static class Content {

        @Bean
        Catalog catalog() {
            List<Movement> movements = new ArrayList<>();
            for (Movement m : SmallCatalog.movements()) {
                movements.add(m.slug().equals("cat-cow") ? inSpanish(m) : m);
            }
            Guidance english = new Guidance("red-flags", Topic.RED_FLAGS, "When to check with a doctor first",
                    "Some situations call for a doctor.", List.of("The pain is severe.", "Numbness comes with it."),
                    List.of(ARTICLE));
            Guidance spanish = new Guidance("red-flags", Topic.RED_FLAGS, "Cuándo consultar antes con un médico",
                    "Algunas situaciones requieren un médico.", List.of("El dolor es intenso.",
                    "Numbness comes with it."), List.of(ARTICLE));
            return new Catalog(movements, Map.of("en", List.of(english), "es", List.of(spanish)), List.of(ARTICLE),
                    Rules.V8);
        }

        /** Cat-cow cited by the article, with Spanish words for all but its second step. */
        private static Movement inSpanish(Movement m) {
            List<Source> sources = List.of(new Source(ARTICLE, "Cat-Cow Stretch", "10-15 repetitions, daily"));
            Movement.Text es = new Movement.Text("Gato-vaca", "Arquea y redondea la espalda a cuatro patas.",
                    "En toda la columna.", List.of("Colócate a cuatro patas.", "Then round your back."), List.of(),
                    List.of(), null, List.of(),
                    List.of(new Source(ARTICLE, "Cat-Cow Stretch", "10-15 repeticiones, a diario")));
            return new Movement(m.id(), m.slug(), m.name(), m.summary(), m.block(), m.style(), m.position(),
                    m.feelIt(), m.dosage(), List.of("Get on all fours.", "Then round your back."), m.equipment(),
                    m.areas(), m.muscles(), m.slots(), m.cautions(), m.excludedBy(), m.variations(), sources,
                    m.sourcesDiffer(), m.sortOrder(), m.direction(), m.pace(), m.cues(), Map.of("es", es));
        }
    }

    private String page(String uri, String language) throws Exception {
        var result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_detail_page_in_spanish_shows_the_spanish_words_and_cites_the_article_in_english() throws Exception {
        String html = page("/stretches/cat-cow", "es");
        assertThat(html).contains("Gato-vaca", "Colócate a cuatro patas.", "10-15 repeticiones, a diario")
                .doesNotContain("Get on all fours.")
                .contains("<cite lang=\"en\">What Stretches Upper Back?</cite>")
                .contains("<span lang=\"en\">Cat-Cow Stretch</span>");
    }

    @Test
    void the_same_page_in_english_stays_english() throws Exception {
        String html = page("/stretches/cat-cow", "en");
        assertThat(html).contains("Cat cow", "Get on all fours.", "10-15 repetitions, daily")
                .doesNotContain("Gato-vaca", "Colócate");
    }

    @Test
    void a_movement_without_spanish_shows_its_english_words_on_a_spanish_page() throws Exception {
        String html = page("/stretches/childs-pose", "es");
        assertThat(html).contains("Childs pose", "Summary of Childs pose", "Do it slowly.");
    }

    @Test
    void the_list_and_its_search_use_the_spanish_names() throws Exception {
        assertThat(page("/stretches", "es")).contains("Gato-vaca").doesNotContain(">Cat cow<");
        assertThat(page("/stretches?q=gato+vaca", "es")).contains("href=\"/stretches/cat-cow\"");
        assertThat(page("/stretches?q=gato+vaca", "en")).doesNotContain("href=\"/stretches/cat-cow\"");
    }

    @Test
    void the_safety_page_in_spanish_shows_the_spanish_guidance_and_cites_the_article_in_english() throws Exception {
        String html = page("/safety", "es");
        assertThat(html).contains("Cuándo consultar antes con un médico", "El dolor es intenso.")
                .contains("<cite lang=\"en\">What Stretches Upper Back?</cite>")
                .doesNotContain("The pain is severe.");
        assertThat(page("/safety", "en")).contains("The pain is severe.").doesNotContain("El dolor es intenso.");
    }
}
