package app.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.Catalog;
import app.limber.catalog.CatalogSlice;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same rules over the real catalog (Flyway's seed content, read by the Catalog bean). The cases are plain
 * Java; the JPA slice is only the way to the catalog (see {@link CatalogSlice}).
 */
@CatalogSlice
class RoutineRulesOverCatalogTest {

    @Autowired
    Catalog catalog;

    RoutineBuilder builder;

    @BeforeEach
    void builder() {
        builder = new RoutineBuilder(catalog.movements(), catalog.sessionRules());
    }

    @ParameterizedTest(name = "{0}: minutes x equipment x places x cautions x focus")
    @EnumSource(Slot.class)
    void every_rule_holds_for_every_input(Slot slot) {
        List<String> problems = new ArrayList<>();
        for (RoutineRequest request : InputSpace.forSlot(slot, InputSpace.DATE)) {
            problems.addAll(RuleChecks.violations(builder, builder.build(request)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_rule_holds_on_other_days_and_with_shuffles() {
        List<String> problems = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            int shuffle = day;
            InputSpace.all(InputSpace.DATE.plusDays(day * 11L)).filter(r -> r.minutes() != 12)
                    .map(r -> r.withShuffle(shuffle))
                    .forEach(r -> problems.addAll(RuleChecks.violations(builder, builder.build(r))));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_anchor_of_every_slot_is_in_the_catalog() {
        for (Slot slot : Slot.values()) {
            SlotCharacter character = SlotCharacter.of(slot);
            List<String> anchors = new ArrayList<>(character.anchors());
            anchors.addAll(character.lateAnchors());
            assertThat(anchors).allSatisfy(slug -> assertThat(catalog.find(slug)).as(slug).isPresent());
        }
    }

    @Test
    void the_session_rules_are_the_rows_of_migration_v8_the_small_catalog_tests_use() {
        assertThat(catalog.sessionRules().slotBlocks()).containsExactlyInAnyOrderElementsOf(Rules.V8.slotBlocks());
        assertThat(catalog.sessionRules().lightCardio()).isEqualTo(Rules.V8.lightCardio());
        for (Slot slot : Slot.values()) {
            int allowedShares = catalog.sessionRules().byBlock(slot).values().stream()
                    .filter(r -> r.allowed()).mapToInt(r -> r.sharePercent()).sum();
            assertThat(allowedShares).as("%s shares", slot).isEqualTo(100);
        }
    }

    @Test
    void the_morning_opens_with_the_five_minute_sequence() {
        Routine routine = builder.build(new RoutineRequest(Slot.MORNING, 5, Set.of(), Place.HOME, Set.of(), null,
                InputSpace.DATE, 0));
        assertThat(RoutineBuilderTest.slugs(routine)).startsWith("shoulder-rolls", "neck-circles")
                .contains("cat-cow");
        assertThat(routine.seconds()).isBetween(270, 330);
    }

    @Test
    void the_default_midday_desk_break_twists_in_the_chair_and_extends_over_its_back_last_without_ticking_a_chair() {
        // The defaults: midday at a desk, five minutes, nothing ticked. A desk has a chair.
        Routine routine = builder.build(new RoutineRequest(Slot.MIDDAY, 5, Set.of(), Place.DESK, Set.of(), null,
                InputSpace.DATE, 0));
        List<String> slugs = RoutineBuilderTest.slugs(routine);
        assertThat(slugs).contains("shoulder-rolls").endsWith("thoracic-extension-chair");
        if (catalog.find("seated-spinal-twist").isPresent()) {
            assertThat(slugs).contains("seated-spinal-twist");
        }
        assertThat(routine.seconds()).isBetween(270, 330);
    }

    @Test
    void the_evening_winds_down_with_childs_pose_knees_to_chest_and_the_posture_reset_when_time_allows() {
        Routine routine = builder.build(new RoutineRequest(Slot.EVENING, 45, EnumSet.of(Equipment.STOOL),
                Place.HOME, Set.of(), null, InputSpace.DATE, 0));
        assertThat(RoutineBuilderTest.slugs(routine)).contains("childs-pose", "knees-to-chest")
                .endsWith("posture-reset");
        assertThat(routine.blocks()).extracting(RoutineBlock::block).doesNotContain(Block.STRENGTHENING);
    }

    @Test
    void a_long_desk_session_without_equipment_says_it_falls_short() {
        Routine routine = builder.build(new RoutineRequest(Slot.MIDDAY, 45, Set.of(), Place.DESK, Set.of(), null,
                InputSpace.DATE, 0));
        assertThat(routine.noticeKeys()).contains("routine.notice.tooLittle");
    }

    @Test
    void routines_change_from_day_to_day_and_the_three_sessions_share_no_main_stretch() {
        Set<List<String>> combinations = new HashSet<>();
        for (int day = 0; day < 14; day++) {
            List<String> mains = new ArrayList<>();
            for (Slot slot : Slot.values()) {
                Routine routine = builder.build(new RoutineRequest(slot, 15, EnumSet.allOf(Equipment.class),
                        Place.HOME, Set.of(), null, InputSpace.DATE.plusDays(day), 0));
                routine.items().stream().filter(i -> i.reasonKey().equals("routine.reason.main"))
                        .forEach(i -> mains.add(i.movement().slug()));
                if (slot == Slot.MIDDAY) {
                    combinations.add(RoutineBuilderTest.slugs(routine));
                }
            }
            assertThat(mains).hasSize(3).doesNotHaveDuplicates();
        }
        assertThat(combinations).hasSizeGreaterThanOrEqualTo(7);
    }
}
