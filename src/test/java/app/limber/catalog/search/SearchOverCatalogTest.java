package app.limber.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Catalog;
import app.limber.catalog.CatalogSlice;
import app.limber.catalog.Movement;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The words, searched over the real seeded catalog with the real search terms of the messages. */
@CatalogSlice
class SearchOverCatalogTest {

    @Autowired
    Catalog catalog;

    MovementSearch search;

    @BeforeEach
    void makeSearch() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common", "messages/catalog");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        search = new MovementSearch(catalog.movements(), SearchTerms.from(messages, Locale.ENGLISH,
                catalog.movements()));
    }

    private List<String> slugs(String query) {
        return search.search(query, catalog.movements()).stream().map(h -> h.movement().slug()).toList();
    }

    private Tier tierOf(String query, String slug) {
        return search.search(query, catalog.movements()).stream().filter(h -> h.movement().slug().equals(slug))
                .map(MovementSearch.Hit::tier).findFirst().orElse(null);
    }

    @Nested
    class Muscles {

        @Test
        void rhomboid_finds_the_rhomboid_stretch_first_then_the_rest_working_them() {
            List<String> found = slugs("rhomboid");
            assertThat(found).first().isEqualTo("seated-upper-back-stretch");
            assertThat(found).contains("cat-stretch", "thread-the-needle", "shoulder-roll-squeeze");
            assertThat(found).doesNotContain("belly-breathing", "childs-pose");
        }

        @Test
        void trapezius_and_traps_find_the_movements_working_the_trapezius() {
            assertThat(slugs("trapezius")).contains("shoulder-rolls", "neck-flexion-stretch", "neck-side-release")
                    .doesNotContain("cat-cow");
            // "Neck and trap side release" names the trap: it comes first.
            assertThat(slugs("traps")).first().isEqualTo("neck-side-release");
        }

        @Test
        void lats_and_pecs_are_the_short_forms_of_latissimus_and_pectorals() {
            assertThat(slugs("lats")).contains("childs-pose", "thoracic-side-bend", "hanging-bar-stretch")
                    .allSatisfy(slug -> assertThat(catalog.get(slug).muscles().toString()).contains("LATISSIMUS"));
            assertThat(slugs("pecs")).contains("doorway-chest-stretch", "wall-chest-stretch")
                    .allSatisfy(slug -> assertThat(catalog.get(slug).muscles().toString()).contains("PECTORALS"));
        }
    }

    @Nested
    class Slips {

        @Test
        void thorasic_finds_the_thoracic_movements_named_so_first() {
            List<String> found = slugs("thorasic");
            assertThat(found).isNotEmpty();
            assertThat(found.subList(0, 3)).allSatisfy(slug -> assertThat(catalog.get(slug).name())
                    .containsIgnoringCase("thoracic"));
            assertThat(tierOf("thorasic", "thoracic-side-bend")).isEqualTo(Tier.FUZZY);
        }

        @Test
        void catcow_and_childs_pose_are_the_names_however_written() {
            for (String query : List.of("catcow", "Cat cow", "CAT-COW")) {
                assertThat(slugs(query)).as(query).first().isEqualTo("cat-cow");
                assertThat(tierOf(query, "cat-cow")).as(query).isEqualTo(Tier.EXACT_NAME);
            }
            for (String query : List.of("childs pose", "child's pose", "Child’s Pose", "childspose")) {
                assertThat(slugs(query)).as(query).first().isEqualTo("childs-pose");
            }
            assertThat(slugs("child pose")).first().isEqualTo("childs-pose");
            assertThat(slugs("chlids pose")).first().isEqualTo("childs-pose");
        }
    }

    @Nested
    class Synonyms {

        @Test
        void torso_twist_finds_the_twists() {
            assertThat(slugs("torso twist")).contains("standing-trunk-rotation", "seated-spinal-twist",
                    "seated-thoracic-rotation").doesNotContain("cat-cow", "doorway-chest-stretch");
        }

        @Test
        void spinal_twist_puts_the_one_so_named_first() {
            List<String> found = slugs("spinal twist");
            assertThat(found).first().isEqualTo("seated-spinal-twist");
            assertThat(found).contains("standing-trunk-rotation", "seated-thoracic-rotation");
        }

        @Test
        void doorway_and_pec_stretch_find_the_chest_stretches_first() {
            assertThat(slugs("doorway")).first().isEqualTo("doorway-chest-stretch");
            assertThat(slugs("pec stretch").subList(0, 2))
                    .containsExactlyInAnyOrder("doorway-chest-stretch", "wall-chest-stretch");
        }
    }

    @Test
    void ranks_the_name_before_synonyms_before_muscles_and_areas() {
        List<MovementSearch.Hit> hits = search.search("neck", catalog.movements());
        assertThat(hits).extracting(MovementSearch.Hit::tier).isSorted();
        assertThat(hits.get(0).tier()).isEqualTo(Tier.NAME);
        assertThat(hits).extracting(h -> h.movement().slug()).contains("cat-cow");
        assertThat(tierOf("neck", "cat-cow")).isEqualTo(Tier.MUSCLE_OR_AREA);
    }

    @Test
    void unrelated_words_find_nothing() {
        for (String query : List.of("banana", "knee surgery", "xyzzy", "chocolate cake", "!!!")) {
            assertThat(slugs(query)).as(query).isEmpty();
        }
    }

    @Test
    void searches_only_the_pool_it_is_given() {
        List<Movement> pool = catalog.movements().stream().filter(m -> m.slug().startsWith("wall")).toList();
        assertThat(search.search("pec stretch", pool)).extracting(h -> h.movement().slug())
                .containsExactly("wall-chest-stretch");
    }

    @Test
    void every_search_term_of_the_messages_names_a_real_movement_muscle_or_area() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/catalog.properties")) {
            properties.load(in);
        }
        List<String> keys = properties.stringPropertyNames().stream().filter(k -> k.startsWith("search.")
                && !k.startsWith("search.none") && !k.equals("search.ranked")).toList();
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            if (key.startsWith(SearchTerms.MOVEMENT_PREFIX)) {
                assertThat(catalog.find(key.substring(SearchTerms.MOVEMENT_PREFIX.length()))).as(key).isPresent();
            } else if (key.startsWith(SearchTerms.MUSCLE_PREFIX)) {
                app.limber.catalog.Muscle.valueOf(key.substring(SearchTerms.MUSCLE_PREFIX.length()));
            } else {
                assertThat(key).startsWith(SearchTerms.AREA_PREFIX);
                app.limber.catalog.Area.valueOf(key.substring(SearchTerms.AREA_PREFIX.length()));
            }
        }
    }
}
