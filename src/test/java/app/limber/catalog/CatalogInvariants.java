package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Content invariants on the Flyway-migrated database, in a JPA slice (repositories and the schema, no web layer).
 * Run on H2 (the default) and on a real PostgreSQL by the subclasses, so the same migrations are proven on both.
 * The catalog is built here rather than as a bean: a stored value it cannot read then fails the one test that
 * names the table, not the whole context.
 */
abstract class CatalogInvariants extends CatalogTranslationInvariants {

    @Autowired
    StoredCatalog stored;

    private Catalog catalog;

    @Override
    Catalog catalog() {
        if (catalog == null) {
            catalog = stored.read();
        }
        return catalog;
    }

    @Test
    void the_catalog_holds_every_movement_of_the_five_articles() {
        assertThat(catalog().movements()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog().movements()).extracting(Movement::slug).contains(
                "marching-in-place", "neck-circles", "shoulder-rolls", "arm-circles", "cat-cow", "childs-pose",
                "thread-the-needle", "iron-cross", "peanut-segmental-flexion-extension",
                "massage-ball-upper-back-release", "foam-roller-upper-back-release", "thoracic-side-bend",
                "chest-opener-exercise-ball", "suspension-trainer-row", "thoracic-extension-foam-roller",
                "thoracic-extension-chair", "prone-thoracic-extension-stool", "posture-reset");
        assertThat(catalog().articles()).hasSize(5);
    }

    @Test
    void every_movement_has_steps_a_dosage_a_block_a_position_and_a_source() {
        assertThat(catalog().movements()).allSatisfy(m -> {
            assertThat(m.steps()).as(m.slug() + " steps").isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(m.dosage().hasHold() || m.dosage().hasReps() || m.dosage().timed())
                    .as(m.slug() + " has a hold, reps or a duration").isTrue();
            assertThat(m.block()).as(m.slug() + " block").isNotNull();
            assertThat(m.position()).as(m.slug() + " position").isNotNull();
            assertThat(m.style()).as(m.slug() + " style").isNotNull();
            assertThat(m.sources()).as(m.slug() + " sources").isNotEmpty();
            assertThat(m.slots()).as(m.slug() + " slots").isNotEmpty();
            assertThat(m.summary()).as(m.slug() + " summary").isNotBlank();
            assertThat(m.feelIt()).as(m.slug() + " feel it").isNotBlank();
        });
    }

    @Test
    void slugs_are_unique_and_url_safe() {
        List<String> slugs = jdbc.queryForList("select slug from movement", String.class);
        assertThat(slugs).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void variations_point_both_ways() {
        List<Map<String, Object>> oneWay = jdbc.queryForList("""
                select v.movement_id, v.variation_id from movement_variation v
                where not exists (select 1 from movement_variation r
                                  where r.movement_id = v.variation_id and r.variation_id = v.movement_id)""");
        assertThat(oneWay).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from movement_variation", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from movement_variation where movement_id = variation_id",
                Integer.class)).isZero();
    }

    @Test
    void movements_named_in_several_articles_cite_each_one() {
        assertThat(catalog().get("cat-cow").sources()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(catalog().get("cat-cow").sourcesDiffer()).contains("10-15");
        assertThat(catalog().get("shoulder-rolls").sources()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void ranges_are_sane() {
        assertThat(catalog().movements()).allSatisfy(m -> {
            Dosage d = m.dosage();
            assertThat(d.sets().min()).as(m.slug()).isBetween(1, d.sets().max());
            // More than five sets only where a set is one level of the spine (the peanut, vertebra by vertebra).
            assertThat(d.sets().max()).as(m.slug() + " sets").isBetween(1, m.slug().startsWith("peanut-") ? 12 : 5);
            if (d.hasHold()) {
                assertThat(d.hold().max()).as(m.slug() + " hold").isBetween(1, 120);
            }
            if (d.hasReps()) {
                assertThat(d.reps().max()).as(m.slug() + " reps").isBetween(1, 50);
            }
            if (d.timed()) {
                assertThat(d.duration().max()).as(m.slug() + " duration").isBetween(30, 15 * 60);
            }
        });
    }

    @Test
    void guidance_covers_the_safety_topics_with_sources() {
        assertThat(catalog().guidance()).extracting(Guidance::topic)
                .contains(Topic.WARM_UP, Topic.BREATHING, Topic.STOP_SIGNS, Topic.RED_FLAGS, Topic.SERIOUS_CAUSES,
                        Topic.PROFESSIONAL, Topic.HEAT, Topic.FOAM_ROLLING, Topic.DESK_SETUP, Topic.MOVEMENT_BREAKS,
                        Topic.SLEEP, Topic.POSTURE_TYPES);
        assertThat(catalog().guidance()).allSatisfy(g -> assertThat(g.sources()).as(g.slug()).isNotEmpty());
    }

    @Test
    void stored_enum_values_are_all_known_constants() {
        assertKnown("select distinct block from movement", Block.values());
        assertKnown("select distinct style from movement", Style.values());
        assertKnown("select distinct body_position from movement", BodyPosition.values());
        assertKnown("select distinct equipment from movement_equipment", Equipment.values());
        assertKnown("select distinct area from movement_area", Area.values());
        assertKnown("select distinct muscle from movement_muscle", Muscle.values());
        assertKnown("select distinct slot from movement_slot", Slot.values());
        assertKnown("select distinct caution from movement_exclusion", Caution.values());
        assertKnown("select distinct kind from movement_variation", VariationKind.values());
        assertKnown("select distinct topic from guidance", Topic.values());
        assertKnown("select distinct spine_direction from movement", SpineDirection.values());
        assertKnown("select distinct tempo from movement where tempo is not null", Tempo.values());
    }

    @Test
    void a_pace_is_stored_exactly_for_the_movements_with_reps() {
        assertThat(jdbc.queryForList("select slug from movement where (reps_min is null) <> (tempo is null)"
                + " or (tempo is null) <> (rep_seconds is null) or rep_seconds < 1", String.class)).isEmpty();
    }

    @Test
    void a_pace_from_an_article_and_an_open_ended_hold_only_where_there_is_something_to_pace_or_hold() {
        assertThat(jdbc.queryForList("select slug from movement where pace_from_article and tempo is null",
                String.class)).isEmpty();
        assertThat(jdbc.queryForList("select slug from movement where hold_open_ended and hold_min_seconds is null",
                String.class)).isEmpty();
    }

    @Test
    void breath_led_flows_take_the_articles_time_and_quick_warm_up_reps_go_faster_than_steady_ones() {
        Pace catCow = catalog().get("cat-cow").pace();
        assertThat(catCow.tempo()).isEqualTo(Tempo.BREATH_LED);
        assertThat(catCow.fromArticle()).isTrue();
        // StretchMed: "about a minute", letting the breath lead; What Stretches Upper Back?: 10-15 repetitions.
        int minimum = catalog().get("cat-cow").dosage().reps().min() * catCow.secondsPerRep();
        assertThat(minimum).as("cat-cow's rounds at their pace, in seconds").isBetween(50, 70);
        assertThat(catalog().movements()).allSatisfy(m -> {
            if (m.pace() == null) {
                return;
            }
            switch (m.pace().tempo()) {
                case BREATH_LED -> assertThat(m.pace().secondsPerRep()).as(m.slug() + " one slow breath").isBetween(4, 8);
                case STEADY -> assertThat(m.pace().secondsPerRep()).as(m.slug()).isBetween(3, 5);
                case BRISK -> {
                    assertThat(m.pace().secondsPerRep()).as(m.slug()).isLessThan(3);
                    assertThat(m.block()).as(m.slug() + " brisk reps belong to the warm-up").isEqualTo(Block.WARM_UP);
                }
            }
        });
    }

    @Test
    void the_articles_figures_are_carried_exactly() {
        Movement child = catalog().get("childs-pose");
        assertThat(child.dosage().holdOpenEnded()).as("at least 30 seconds, or as long as it feels good").isTrue();
        assertThat(child.dosage().hold().min()).isEqualTo(30);

        Movement rolls = catalog().get("shoulder-rolls");
        assertThat(rolls.steps()).anySatisfy(s -> assertThat(s).contains("about 10").containsIgnoringCase("backward"))
                .anySatisfy(s -> assertThat(s).as("the second round is the first circle reversed, as many times")
                        .contains("reverse the circle").contains("as many"))
                .noneSatisfy(s -> assertThat(s).containsIgnoringCase("if you like"));
        assertThat(rolls.dosage().sets()).as("one round each way").isEqualTo(Range.of(2));

        Movement peanut = catalog().get("peanut-segmental-flexion-extension");
        assertThat(peanut.dosage().sets().min()).as("one set per level, up to the base of the neck")
                .isGreaterThanOrEqualTo(10);
        assertThat(peanut.sourcesDiffer()).as("the count of levels is labelled as Limber's").contains("Limber's estimate");
        assertThat(peanut.steps()).as("and so is the step that gives it")
                .anySatisfy(s -> assertThat(s).contains("10-12").contains("Limber's estimate"));
    }

    /** A note that sends the reader to another entry names it as a title, in quotes, not run into the sentence. */
    @Test
    void a_note_naming_another_entry_quotes_its_name() {
        assertThat(catalog().movements()).filteredOn(m -> m.sourcesDiffer() != null).allSatisfy(m -> assertThat(
                m.sourcesDiffer()).as(m.slug()).doesNotContainPattern("(is|are) the entry [A-Z]"));
        for (String slug : List.of("seated-spinal-twist", "single-knee-to-chest", "thoracic-extension-static",
                "knees-to-chest", "thoracic-extension-foam-roller")) {
            Movement movement = catalog().get(slug);
            assertThat(movement.variations()).as(slug).anySatisfy(v -> assertThat(movement.sourcesDiffer())
                    .contains("entry, \u201c" + catalog().get(v.slug()).name() + "\u201d"));
        }
    }

    @Test
    void entries_done_differently_are_separate_variations_of_each_other_each_citing_its_own_article() {
        assertSplit("seated-spinal-twist", "seated-thoracic-rotation", "How to Loosen Tight Upper Back Muscles");
        assertSplit("single-knee-to-chest", "knees-to-chest", "Stretches for Upper Back Pain (Massage Rx)");
        assertSplit("thoracic-extension-static", "thoracic-extension-foam-roller",
                "Stretches for Upper Back Pain (Massage Rx)");
        assertThat(catalog().get("thoracic-extension-static").sources()).extracting(s -> s.article().title())
                .anyMatch(t -> t.startsWith("How to Loosen Tight Upper Back Muscles"));
        assertThat(catalog().get("thoracic-extension-foam-roller").sources()).extracting(s -> s.article().title())
                .containsExactly("13 Upper Back Stretches for Pain Relief");
        assertThat(catalog().get("single-knee-to-chest").style()).isEqualTo(Style.DYNAMIC);
        assertThat(catalog().get("knees-to-chest").style()).isEqualTo(Style.STATIC);
        assertThat(catalog().get("thoracic-extension-static").style()).isEqualTo(Style.STATIC);
        assertThat(catalog().get("thoracic-extension-foam-roller").dosage().reps()).isEqualTo(Range.of(30));
        assertThat(catalog().get("seated-spinal-twist").dosage().reps()).as("no 30 reps in a quick desk twist").isNull();
    }

    private void assertSplit(String slug, String other, String articleOfSlug) {
        Movement split = catalog().get(slug);
        assertThat(split.variations()).extracting(Variation::slug).as(slug).contains(other);
        assertThat(catalog().get(other).variations()).extracting(Variation::slug).as(other).contains(slug);
        assertThat(split.sources()).extracting(s -> s.article().title()).as(slug)
                .anyMatch(t -> t.startsWith(articleOfSlug));
        assertThat(catalog().get(other).sources()).extracting(s -> s.article().title()).as(other)
                .noneMatch(t -> t.startsWith(articleOfSlug));
        assertThat(split.steps()).as(slug).isNotEmpty();
        assertThat(split.slots()).as(slug).isNotEmpty();
    }

    @Test
    void key_form_cues_are_short_numbered_from_one_and_where_the_articles_give_them() {
        assertThat(jdbc.queryForList("""
                select m.slug from movement_cue c join movement m on m.id = c.movement_id
                group by m.slug having min(c.cue_no) <> 1 or max(c.cue_no) <> count(*)""", String.class)).isEmpty();
        assertThat(catalog().movements()).allSatisfy(m -> assertThat(m.cues()).as(m.slug())
                .allSatisfy(c -> assertThat(c).isNotBlank().hasSizeLessThanOrEqualTo(90).endsWith(".")));
        // A cue is a form point, not a second copy of a caution: the page lists both under "Take care".
        assertThat(catalog().movements()).allSatisfy(m -> assertThat(m.cues()).as(m.slug())
                .allSatisfy(c -> assertThat(m.cautions()).noneMatch(caution -> sameConcern(c, caution))));
        assertThat(cues("thoracic-extension-foam-roller")).contains("ribs");
        assertThat(cues("thoracic-extension-chair")).contains("ribs");
        assertThat(cues("thoracic-extension-static")).contains("ribs");
        assertThat(cues("standing-forward-fold")).contains("chin tucked");
        assertThat(cues("massage-ball-upper-back-release")).contains("bony");
        assertThat(cues("prone-thoracic-extension-stool")).contains("neck completely relaxed");
    }

    /** What the pages list under "Take care" for a movement: its cues, then its cautions. */
    private String cues(String slug) {
        Movement movement = catalog().get(slug);
        return String.join(" ", movement.cues()) + " " + String.join(" ", movement.cautions());
    }

    @Test
    void only_movements_that_arch_the_upper_back_and_nothing_else_count_as_extension() {
        assertThat(catalog().movements()).filteredOn(m -> m.direction() == SpineDirection.EXTENSION)
                .extracting(Movement::slug).containsExactlyInAnyOrder("thoracic-extension-foam-roller",
                        "thoracic-extension-static", "thoracic-extension-chair", "prone-thoracic-extension-stool",
                        "chest-opener-exercise-ball");
        assertThat(catalog().get("cat-cow").direction()).isEqualTo(SpineDirection.FLEXION_EXTENSION);
        assertThat(catalog().get("childs-pose").direction()).isEqualTo(SpineDirection.FLEXION);
        assertThat(catalog().get("seated-spinal-twist").direction()).isEqualTo(SpineDirection.ROTATION);
    }

    private void assertKnown(String query, Enum<?>[] constants) {
        List<String> known = Arrays.stream(constants).map(Enum::name).toList();
        assertThat(jdbc.queryForList(query, String.class)).as(query).isNotEmpty().isSubsetOf(known);
    }

    /** Two sentences about the same concern: half or more of the shorter one's longer words are in the other. */
    static boolean sameConcern(String a, String b) {
        java.util.Set<String> wordsA = keyWords(a);
        java.util.Set<String> wordsB = keyWords(b);
        java.util.Set<String> shared = new java.util.HashSet<>(wordsA);
        shared.retainAll(wordsB);
        return !shared.isEmpty() && shared.size() * 2 >= Math.min(wordsA.size(), wordsB.size());
    }

    /**
     * The words that carry a sentence's meaning, cut to five letters so "gentle" and "gently", "come" and "comes"
     * meet; short words and the commonest fillers do not count.
     */
    private static java.util.Set<String> keyWords(String sentence) {
        return java.util.Arrays.stream(sentence.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))
                .filter(w -> w.length() > 3 && !FILLERS.contains(w))
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static final java.util.Set<String> FILLERS = java.util.Set.of("your", "from", "with", "that", "this",
            "only", "them", "they", "into", "over", "should", "until", "when", "then", "than", "very", "more");
}
