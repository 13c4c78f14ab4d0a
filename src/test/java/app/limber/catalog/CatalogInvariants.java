package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Content invariants on the Flyway-migrated database, in a JPA slice (repositories and the schema, no web layer).
 * Run on H2 (the default) and on a real PostgreSQL by the subclasses, so the same migrations are proven on both.
 * The catalog is built here rather than as a bean: a stored value it cannot read then fails the one test that
 * names the table, not the whole context.
 */
abstract class CatalogInvariants {

    @Autowired
    MovementRepository movements;

    @Autowired
    GuidanceRepository guidance;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SlotBlockRepository slotBlocks;

    @Autowired
    LightCardioRepository lightCardio;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private Catalog catalog;

    private Catalog catalog() {
        if (catalog == null) {
            catalog = new Catalog(movements, guidance, articles, slotBlocks, lightCardio, transactions);
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
            assertThat(d.sets().min()).as(m.slug()).isBetween(1, 5);
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

    private void assertKnown(String query, Enum<?>[] constants) {
        List<String> known = Arrays.stream(constants).map(Enum::name).toList();
        assertThat(jdbc.queryForList(query, String.class)).as(query).isNotEmpty().isSubsetOf(known);
    }
}
