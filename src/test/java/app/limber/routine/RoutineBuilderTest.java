package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import app.limber.catalog.Style;
import app.limber.catalog.Tempo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The routine rules over a catalog shaped like the real one (see {@link Movements}). */
class RoutineBuilderTest {

    static final RoutineBuilder BUILDER = Rules.builder(Movements.catalog());
    static final LocalDate DAY = InputSpace.DATE;
    static final Set<Equipment> EVERYTHING = EnumSet.allOf(Equipment.class);
    static final Set<Equipment> NOTHING = EnumSet.noneOf(Equipment.class);

    static RoutineRequest request(Slot slot, int minutes, Place place, Set<Equipment> equipment) {
        return new RoutineRequest(slot, minutes, equipment, place, Set.of(), null, DAY, 0);
    }

    static List<String> slugs(Routine routine) {
        return routine.items().stream().map(i -> i.movement().slug()).toList();
    }

    static Stream<Arguments> slotsAndPlaces() {
        List<Arguments> arguments = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            for (Place place : Place.values()) {
                arguments.add(Arguments.of(slot, place));
            }
        }
        return arguments.stream();
    }

    @Nested
    class Over_the_whole_input_space {

        @ParameterizedTest(name = "{0} at {1}: minutes x equipment x cautions x focus")
        @MethodSource("app.limber.routine.RoutineBuilderTest#slotsAndPlaces")
        void every_rule_holds_for_every_input(Slot slot, Place place) {
            List<String> problems = new ArrayList<>();
            int count = 0;
            for (RoutineRequest request : InputSpace.forSlot(slot, DAY)) {
                if (request.place() == place) {
                    problems.addAll(RuleChecks.violations(BUILDER, BUILDER.build(request)));
                    count++;
                }
            }
            assertThat(count).isEqualTo(InputSpace.MINUTES.length * InputSpace.EQUIPMENT.size()
                    * InputSpace.CAUTIONS.size() * InputSpace.FOCUSES.size());
            assertThat(problems).isEmpty();
        }

        @Test
        void every_rule_holds_on_other_days_and_shuffles() {
            List<String> problems = new ArrayList<>();
            for (int day = 1; day <= 6; day++) {
                LocalDate date = DAY.plusDays(day * 37L);
                int shuffle = day;
                InputSpace.all(date).filter(r -> r.minutes() % 2 == 1 || r.minutes() == 10)
                        .map(r -> r.withShuffle(shuffle))
                        .forEach(r -> problems.addAll(RuleChecks.violations(BUILDER, BUILDER.build(r))));
            }
            assertThat(problems).isEmpty();
        }
    }

    @Nested
    class Time_budget {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Slot.class)
        void with_everything_at_hand_every_length_fits_within_ten_percent(Slot slot) {
            for (int minutes = RoutineRequest.MIN_MINUTES; minutes <= RoutineRequest.MAX_MINUTES; minutes++) {
                Routine routine = BUILDER.build(request(slot, minutes, Place.HOME, EVERYTHING));
                // Within ±10 % of the minutes asked: 54 to 66 s a minute.
                assertThat(routine.seconds()).as("%d minutes", minutes).isBetween(minutes * 54, minutes * 66);
                assertThat(routine.noticeKeys()).doesNotContain("routine.notice.tooLittle");
            }
        }

        @Test
        void a_stretch_is_not_left_out_for_the_transition_its_place_moves_into_the_warm_up() {
            // A standing stretch reorders the warm-up to end standing: 10 s of getting up from the floor move into
            // a warm-up already at the top of its window. That is no warm-up content: the stretch goes in and the
            // session fills its 25 minutes (it stopped at 1,195 s, "too little", with 105 s of stretches left out).
            Routine routine = BUILDER.build(new RoutineRequest(Slot.MIDDAY, 25, NOTHING, Place.HOME,
                    Set.of(Caution.NECK), null, LocalDate.parse("2026-12-30"), 1));

            assertThat(slugs(routine)).contains("standing-forward-fold", "thoracic-side-bend");
            assertThat(routine.fallsShort()).isFalse();
            assertThat(routine.seconds()).isBetween(25 * 54, 25 * 66);
        }

        @Test
        void a_long_desk_session_without_equipment_says_plainly_that_it_falls_short() {
            Routine routine = BUILDER.build(request(Slot.MIDDAY, 45, Place.DESK, NOTHING));

            assertThat(routine.noticeKeys()).contains("routine.notice.tooLittle");
            assertThat(routine.seconds()).isLessThan(45 * 54).isPositive();
            // It offers everything it can: every allowed movement is in.
            assertThat(slugs(routine)).containsExactlyInAnyOrderElementsOf(
                    BUILDER.addable(routine.request(), Set.of()).stream().map(Movement::slug).toList());
        }

        @Test
        void block_and_routine_times_are_the_sums_of_the_movement_times() {
            // Fixed doses (no range to grow in), so each time is worked out by hand from Timing's figures:
            // transition + get-ready + work (+ side switch) (+ a rest between two rounds of a stretch).
            RoutineBuilder small = Rules.builder(List.of(
                    movement("arm-circles").block(Block.WARM_UP).dynamic().reps(10).pace(Tempo.BRISK, 2)
                            .build(),                                                 // 5 + 5 + 10 x 2
                    movement("side-stretch").hold(30).eachSide().order(1).build(),   // 5 + 5 + 2 x (2 x 30 + 5) + 10
                    movement("cat-stretch").position(BodyPosition.ALL_FOURS).hold(30).order(2)
                            .build()));                                               // 15 + 5 + 2 x 30 + 10
            Routine routine = small.build(request(Slot.MORNING, 5, Place.HOME, NOTHING));
            assertThat(routine.items()).extracting(i -> i.movement().slug(), RoutineItem::seconds)
                    .containsExactlyInAnyOrder(tuple("arm-circles", 30), tuple("side-stretch", 150),
                            tuple("cat-stretch", 90));
            assertThat(routine.blocks()).extracting(RoutineBlock::block, RoutineBlock::seconds)
                    .containsExactly(tuple(Block.WARM_UP, 30), tuple(Block.STRETCH, 240));
            assertThat(routine.seconds()).isEqualTo(270);
            assertThat(routine.items()).filteredOn(i -> i.movement().block() == Block.STRETCH)
                    .allMatch(RoutineItem::secondRound);
        }

        @Test
        void minutes_outside_5_to_45_are_refused() {
            assertThatThrownBy(() -> BUILDER.build(request(Slot.MORNING, 4, Place.HOME, NOTHING)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> BUILDER.build(request(Slot.MORNING, 46, Place.HOME, NOTHING)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void doses_grow_only_when_no_other_movement_fits_and_never_past_the_article() {
            Routine routine = BUILDER.build(request(Slot.MIDDAY, 45, Place.DESK, NOTHING));
            assertThat(routine.items()).allSatisfy(item -> {
                assertThat(Doses.aboveCatalog(item.movement(), item.dose())).isFalse();
                assertThat(Doses.grow(item.movement(), item.dose(), BUILDER.slotRules(Slot.MIDDAY)))
                        .as("%s is at its maximum", item.movement().slug()).isNull();
            });
        }
    }

    @Nested
    class Block_order {

        @Test
        void blocks_follow_the_articles_order_warm_up_release_stretches_mobility_strengthening() {
            Routine routine = BUILDER.build(request(Slot.MORNING, 30, Place.HOME, EVERYTHING));
            assertThat(routine.blocks()).extracting(RoutineBlock::block)
                    .containsExactly(Block.WARM_UP, Block.RELEASE, Block.STRETCH, Block.MOBILITY,
                            Block.STRENGTHENING);
        }

        @Test
        void release_comes_only_with_a_massage_ball_or_foam_roller_at_hand() {
            for (Slot slot : Slot.values()) {
                assertThat(BUILDER.build(request(slot, 20, Place.HOME, NOTHING)).blocks())
                        .extracting(RoutineBlock::block).doesNotContain(Block.RELEASE);
                assertThat(BUILDER.build(request(slot, 20, Place.HOME, EnumSet.of(Equipment.MASSAGE_BALL)))
                        .blocks()).extracting(RoutineBlock::block).contains(Block.RELEASE);
            }
        }

        @Test
        void extension_comes_after_the_flexion_and_rotation_work_within_a_block() {
            Routine routine = BUILDER.build(request(Slot.MIDDAY, 10, Place.DESK, EnumSet.of(Equipment.CHAIR)));
            assertThat(routine.blocks()).filteredOn(b -> b.block() == Block.MOBILITY).singleElement()
                    .satisfies(b -> assertThat(b.items()).extracting(i -> i.movement().slug())
                            .containsSubsequence("seated-spinal-twist", "thoracic-extension-chair")
                            .endsWith("thoracic-extension-chair"));
        }

        @Test
        void an_extension_stretch_is_left_out_when_rotation_work_follows_it_in_the_mobility_block() {
            List<Movement> catalog = List.of(
                    movement("warm").block(Block.WARM_UP).dynamic().reps(10).build(),
                    movement("upper-back-extension-stretch").extension().hold(30).build(),
                    movement("side-stretch").hold(30).build(),
                    movement("rotation").block(Block.MOBILITY).dynamic().reps(10).eachSide().build());
            RoutineBuilder builder = Rules.builder(catalog);
            for (int shuffle = 0; shuffle < 20; shuffle++) {
                Routine routine = builder.build(request(Slot.MORNING, 5, Place.HOME, NOTHING).withShuffle(shuffle));
                assertThat(Sequencing.breaksExtensionLast(routine.items().stream().map(RoutineItem::movement)
                        .toList())).isFalse();
            }
        }

        @Test
        void every_block_says_what_it_is_for_and_every_movement_why_it_is_here() {
            Routine routine = BUILDER.build(request(Slot.EVENING, 35, Place.HOME, EVERYTHING));
            assertThat(routine.items()).allSatisfy(i -> assertThat(i.reasonKey()).startsWith("routine.reason."));
            assertThat(routine.items()).extracting(RoutineItem::reasonKey)
                    .contains("routine.reason.windDown", "routine.reason.main", "routine.reason.postureReset");
        }
    }

    @Nested
    class Never_violated {

        @Test
        void nothing_on_the_floor_or_lying_down_at_a_desk() {
            for (Slot slot : Slot.values()) {
                for (int minutes : InputSpace.MINUTES) {
                    Routine routine = BUILDER.build(request(slot, minutes, Place.DESK, EVERYTHING));
                    assertThat(routine.items()).extracting(i -> i.movement().position())
                            .isNotEmpty().allMatch(p -> p == BodyPosition.STANDING || p == BodyPosition.SEATED);
                }
            }
        }

        @Test
        void nothing_needing_equipment_the_user_lacks() {
            Routine routine = BUILDER.build(request(Slot.MORNING, 45, Place.HOME, EnumSet.of(Equipment.CHAIR)));
            assertThat(routine.items()).isNotEmpty()
                    .allMatch(i -> i.movement().doableWith(EnumSet.of(Equipment.CHAIR)));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Caution.class)
        void nothing_a_chosen_caution_rules_out(Caution caution) {
            for (Slot slot : Slot.values()) {
                Routine routine = BUILDER.build(new RoutineRequest(slot, 45, EVERYTHING, Place.HOME,
                        Set.of(caution), null, DAY, 0));
                assertThat(routine.items()).noneMatch(i -> i.movement().excludedBy().contains(caution));
                assertThat(routine.noticeKeys()).contains("routine.notice.cautions");
            }
        }

        @Test
        void wrist_or_knee_discomfort_keeps_cat_cow_and_childs_pose_out() {
            for (Slot slot : Slot.values()) {
                Routine routine = BUILDER.build(new RoutineRequest(slot, 20, EVERYTHING, Place.HOME,
                        Set.of(Caution.WRISTS_KNEES), null, DAY, 0));
                assertThat(slugs(routine)).doesNotContain("cat-cow", "childs-pose", "thread-the-needle");
            }
        }

        @Test
        void each_side_is_worked_equally_and_timed_for_both_sides() {
            Routine routine = BUILDER.build(request(Slot.MORNING, 30, Place.HOME, EVERYTHING));
            assertThat(routine.items()).filteredOn(i -> i.movement().dosage().eachSide()).isNotEmpty()
                    .allSatisfy(i -> {
                        assertThat(i.dose().eachSide()).isTrue();
                        assertThat(i.seconds()).isGreaterThan(2 * Timing.workSecondsPerSide(i.movement(),
                                i.dose()));
                    });
            BodyPosition previous = null;
            for (RoutineItem i : routine.items()) {
                if (i.movement().dosage().eachSide()) {
                    assertThat(i.seconds()).as(i.movement().slug())
                            .isEqualTo(bothSides(previous, i.movement(), i.dose()));
                }
                previous = i.movement().position();
            }

            // Worked by hand. A seated 30 s hold on each side: 5 s to move + 5 s to get ready + 2 x 30 s of work
            // + 5 s to change sides.
            Movement seated = movement("side-stretch").position(BodyPosition.SEATED).hold(30).eachSide().build();
            assertThat(Timing.seconds(seated, new Dose(30, null, 1, true, null))).isEqualTo(5 + 5 + 2 * 30 + 5);
            // Ten dynamic reps on each side at 3 s a rep, standing: 5 + 5 + 2 x 30 + 5.
            Movement rotation = movement("rotation").dynamic().reps(10).eachSide().build();
            assertThat(Timing.seconds(rotation, new Dose(null, 10, 1, true, null))).isEqualTo(75);
            // Two sets of a 30 s hold on each side on all fours: 15 s to get down + 5 + 2 sets x 2 sides x 30 s
            // + a side switch in each set (2 x 5 s) + one rest between the sets (10 s).
            Movement floor = movement("floor").position(BodyPosition.ALL_FOURS).hold(30).eachSide().sets(1, 2)
                    .build();
            assertThat(Timing.seconds(floor, new Dose(30, null, 2, true, null))).isEqualTo(15 + 5 + 120 + 10 + 10);
        }

        /**
         * The time of an each-side movement, with Timing's constants written out: transition (5 s standing or
         * seated, 15 s on the floor) + 5 s get-ready + sets x 2 sides x work + sets x one 5 s side switch + 10 s rest
         * between sets; the work of one side is the duration, reps x (hold + 2 s), reps at the movement's pace (3 s
         * where none is stored), or the hold.
         */
        /** Worked out by hand: 15 s to get down to the floor or up from it, 5 s otherwise (the first: by its own). */
        int bothSides(BodyPosition previous, Movement movement, Dose dose) {
            boolean floor = switch (movement.position()) {
                case STANDING, SEATED -> false;
                default -> true;
            };
            boolean wasFloor = previous == null ? false : switch (previous) {
                case STANDING, SEATED -> false;
                default -> true;
            };
            int transition = floor != wasFloor ? 15 : 5;
            int work = dose.durationSeconds() != null ? dose.durationSeconds()
                    : dose.reps() != null && dose.holdSeconds() != null ? dose.reps() * (dose.holdSeconds() + 2)
                    : dose.reps() != null ? dose.reps() * (movement.pace() != null ? movement.pace().secondsPerRep() : 3)
                    : dose.holdSeconds();
            int sets = dose.sets();
            return transition + 5 + sets * 2 * work + sets * 5 + (sets - 1) * 10;
        }
    }

    @Nested
    class Slot_character {

        @Test
        void morning_opens_with_shoulder_rolls_neck_circles_and_cat_cow() {
            Routine routine = BUILDER.build(request(Slot.MORNING, 5, Place.HOME, NOTHING));
            assertThat(slugs(routine)).startsWith("shoulder-rolls", "neck-circles", "cat-cow");
            assertThat(routine.blocks().get(0).items()).allMatch(i -> i.movement().style() == Style.DYNAMIC);
        }

        @Test
        void morning_at_a_desk_keeps_the_sequence_but_leaves_cat_cow_for_the_floor() {
            Routine routine = BUILDER.build(request(Slot.MORNING, 5, Place.DESK, NOTHING));
            assertThat(slugs(routine)).startsWith("shoulder-rolls", "neck-circles").doesNotContain("cat-cow");
        }

        @Test
        void midday_at_a_desk_is_a_break_of_seated_and_standing_moves_with_a_twist_and_a_chair_extension() {
            Routine routine = BUILDER.build(request(Slot.MIDDAY, 5, Place.DESK, EnumSet.of(Equipment.CHAIR)));
            assertThat(slugs(routine)).contains("shoulder-rolls", "seated-spinal-twist", "thoracic-extension-chair");
            assertThat(routine.seconds()).isBetween(270, 330);
        }

        @Test
        void midday_away_from_the_desk_may_use_the_floor() {
            boolean floor = false;
            for (int shuffle = 0; shuffle < 10 && !floor; shuffle++) {
                Routine routine = BUILDER.build(request(Slot.MIDDAY, 20, Place.HOME, NOTHING).withShuffle(shuffle));
                floor = routine.items().stream().anyMatch(i -> i.movement().onFloor());
            }
            assertThat(floor).isTrue();
        }

        @Test
        void evening_winds_down_with_static_holds_of_20_to_30_seconds_and_no_strengthening() {
            for (int minutes : InputSpace.MINUTES) {
                Routine routine = BUILDER.build(request(Slot.EVENING, minutes, Place.HOME, EVERYTHING));
                assertThat(routine.blocks()).extracting(RoutineBlock::block).doesNotContain(Block.STRENGTHENING);
                assertThat(routine.blocks()).filteredOn(b -> b.block() == Block.STRETCH)
                        .flatExtracting(RoutineBlock::items).isNotEmpty().allSatisfy(i -> {
                            assertThat(i.movement().style()).isEqualTo(Style.STATIC);
                            assertThat(i.dose().holdSeconds()).isBetween(20, 30);
                        });
            }
        }

        @Test
        void evening_includes_childs_pose_and_knees_to_chest_and_the_posture_reset_when_time_allows() {
            assertThat(slugs(BUILDER.build(request(Slot.EVENING, 5, Place.HOME, EVERYTHING))))
                    .contains("childs-pose", "knees-to-chest").doesNotContain("posture-reset");
            assertThat(slugs(BUILDER.build(request(Slot.EVENING, 45, Place.HOME, EVERYTHING))))
                    .contains("childs-pose", "knees-to-chest").endsWith("posture-reset");
        }

        @Test
        void default_minutes_follow_the_articles_five_minute_sequences_and_a_longer_wind_down() {
            assertThat(SlotCharacter.of(Slot.MORNING).defaultMinutes()).isEqualTo(5);
            assertThat(SlotCharacter.of(Slot.MIDDAY).defaultMinutes()).isEqualTo(5);
            assertThat(SlotCharacter.of(Slot.EVENING).defaultMinutes()).isEqualTo(10);
        }
    }

    @Nested
    class Variety {

        @Test
        void the_same_inputs_on_the_same_day_give_the_identical_routine() {
            InputSpace.all(DAY).filter(r -> r.minutes() == 10 || r.minutes() == 25).forEach(r ->
                    assertThat(BUILDER.build(r)).isEqualTo(BUILDER.build(r)));
            List<Movement> reversed = new ArrayList<>(Movements.catalog());
            java.util.Collections.reverse(reversed);
            RoutineBuilder fresh = Rules.builder(reversed);
            RoutineRequest r = request(Slot.MORNING, 15, Place.HOME, EVERYTHING);
            assertThat(slugs(fresh.build(r))).isEqualTo(slugs(BUILDER.build(r)));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Slot.class)
        void the_combination_changes_from_day_to_day(Slot slot) {
            Set<List<String>> combinations = new HashSet<>();
            for (int day = 0; day < 14; day++) {
                RoutineRequest r = new RoutineRequest(slot, 15, EVERYTHING, Place.HOME, Set.of(), null,
                        DAY.plusDays(day), 0);
                combinations.add(slugs(BUILDER.build(r)));
            }
            assertThat(combinations).hasSizeGreaterThanOrEqualTo(7);
        }

        @Test
        void a_shuffle_gives_another_combination() {
            int differs = 0;
            List<RoutineRequest> requests = InputSpace.all(DAY).filter(r -> r.minutes() == 15).toList();
            for (RoutineRequest r : requests) {
                if (!slugs(BUILDER.build(r)).equals(slugs(BUILDER.build(r.withShuffle(1))))) {
                    differs++;
                }
            }
            // Desk sessions with every caution leave few combinations; most inputs still get a new one.
            assertThat(differs).isGreaterThan(requests.size() * 2 / 3);
        }

        @Test
        void the_three_sessions_of_a_day_have_different_main_stretches_where_the_catalog_allows() {
            List<String> problems = new ArrayList<>();
            for (int day = 0; day < 7; day++) {
                for (RoutineRequest inputs : InputSpace.dayInputs(DAY.plusDays(day), 15)) {
                    List<String> mains = new ArrayList<>();
                    for (Slot slot : Slot.values()) {
                        RoutineRequest r = inputs.withSlot(slot, 15);
                        String main = mainStretch(BUILDER.build(r));
                        Set<String> unused = new HashSet<>(stretchChoices(r));
                        unused.removeAll(mains);
                        if (main == null && !stretchChoices(r).isEmpty()) {
                            problems.add(slot + " has no main stretch though " + stretchChoices(r)
                                    + " were allowed for " + RuleChecks.describe(r));
                        }
                        if (main != null && mains.contains(main) && !unused.isEmpty()) {
                            problems.add(slot + " repeats " + main + " though " + unused + " were free for "
                                    + RuleChecks.describe(r));
                        }
                        if (main != null) {
                            mains.add(main);
                        }
                    }
                }
            }
            assertThat(problems).isEmpty();
        }

        @Test
        void a_longer_session_on_the_same_day_keeps_the_same_main_stretch() {
            for (Slot slot : Slot.values()) {
                String shortMain = mainStretch(BUILDER.build(request(slot, 10, Place.HOME, EVERYTHING)));
                String longMain = mainStretch(BUILDER.build(request(slot, 40, Place.HOME, EVERYTHING)));
                assertThat(shortMain).as(slot.name()).isNotNull();
                assertThat(longMain).isEqualTo(shortMain);
            }
        }

        @Test
        void the_focus_puts_a_matching_stretch_first() {
            List<Movement> catalog = Movements.catalog();
            int matched = 0;
            for (Focus focus : Focus.values()) {
                for (Slot slot : Slot.values()) {
                    RoutineRequest r = new RoutineRequest(slot, 15, EVERYTHING, Place.HOME, Set.of(), focus, DAY, 0);
                    Routine routine = BUILDER.build(r);
                    assertThat(routine.items()).as("%s %s", focus, slot)
                            .anyMatch(i -> i.reasonKey().equals("routine.reason.focus." + focus)
                                    || (i.reasonKey().equals("routine.reason.main") && focus.matches(i.movement())));

                    // The stretch block's first pick after the slot's anchors is the main stretch, and it matches
                    // the focus whenever a matching stretch is free for it (allowed, no session's anchor, and not
                    // the main stretch of an earlier session of the day). Where it stands in the block is the
                    // business of the grouping by position.
                    RoutineItem first = routine.items().stream()
                            .filter(i -> i.reasonKey().equals("routine.reason.main")).findFirst().orElseThrow();
                    assertThat(first.movement().block()).as("%s %s", focus, slot).isEqualTo(Block.STRETCH);
                    Set<String> free = new HashSet<>(stretchChoices(r));
                    for (Slot earlier : Slot.values()) {
                        if (earlier.compareTo(slot) < 0) {
                            free.remove(mainStretch(BUILDER.build(r.withSlot(earlier, 15))));
                        }
                    }
                    free.removeIf(slug -> catalog.stream().noneMatch(m -> m.slug().equals(slug) && focus.matches(m)));
                    if (!free.isEmpty()) {
                        matched++;
                        assertThat(first.movement().slug()).as("%s %s: free %s", focus, slot, free).isIn(free);
                        assertThat(focus.matches(first.movement())).isTrue();
                    }
                }
            }
            // Most sessions have a matching stretch free, so the check above is not vacuous.
            assertThat(matched).isGreaterThanOrEqualTo(5);
        }

        private static String mainStretch(Routine routine) {
            return routine.items().stream().filter(i -> i.reasonKey().equals("routine.reason.main"))
                    .map(i -> i.movement().slug()).findFirst().orElse(null);
        }

        /** Stretches this session could have as its main stretch: allowed, and no session's anchor. */
        private static List<String> stretchChoices(RoutineRequest r) {
            Set<String> anchors = new HashSet<>();
            for (Slot slot : Slot.values()) {
                anchors.addAll(SlotCharacter.of(slot).anchors());
                anchors.addAll(SlotCharacter.of(slot).lateAnchors());
            }
            return BUILDER.alternatives(r, Block.STRETCH, anchors).stream().map(Movement::slug).toList();
        }
    }
}
