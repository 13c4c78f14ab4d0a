package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import app.limber.routine.RoutineEdits.Item;
import app.limber.system.NotFoundException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The edit rules of a kept routine, in plain Java over a small hand-made catalog. */
class RoutineEditsTest {

    static final Movement ARM_CIRCLES = movement("arm-circles").block(Block.WARM_UP).dynamic().reps(10).build();
    static final Movement SIDE = movement("side-stretch").hold(20, 30).order(1).build();
    static final Movement CAT = movement("cat-stretch").position(BodyPosition.ALL_FOURS).hold(30).order(2).build();
    static final Movement CHEST_EXTENSION = movement("chest-extension-stretch").extension().hold(20, 30).order(3).build();
    static final Movement BAR_HANG = movement("bar-hang").hold(30).needs(Equipment.BAR).order(4).build();
    static final Movement NECK = movement("neck-stretch").hold(15, 20).order(5).build();
    static final Movement THREAD = movement("thread-the-needle").block(Block.MOBILITY).hold(30).build();
    static final Movement KNEE_HUG = movement("knee-hug").block(Block.RELAXATION).hold(30).slots(Slot.EVENING)
            .build();

    static final RoutineBuilder BUILDER = Rules.builder(List.of(ARM_CIRCLES, SIDE, CAT, CHEST_EXTENSION,
            BAR_HANG, NECK, THREAD, KNEE_HUG));
    static final RoutineEdits EDITS = new RoutineEdits(BUILDER);
    static final RoutineRequest MORNING = new RoutineRequest(Slot.MORNING, 10, Set.of(), Place.HOME, Set.of(),
            null, InputSpace.DATE, 0);
    static final RoutineRequest EVENING = MORNING.withSlot(Slot.EVENING, 10);

    static Item item(Movement movement, Dose dose) {
        return new Item(movement.slug(), movement.block(), dose, "routine.reason.block." + movement.block());
    }

    static Item item(Movement movement) {
        return item(movement, new Dose(30, null, 1, false, null));
    }

    static List<String> slugs(List<Item> items) {
        return items.stream().map(Item::slug).toList();
    }

    /** A kept routine as its page sees it: these movements, in this order. */
    static Routine routine(RoutineRequest request, Movement... movements) {
        Map<Block, List<RoutineItem>> byBlock = new EnumMap<>(Block.class);
        for (Movement m : movements) {
            Dose dose = BUILDER.baseDose(m, request.slot());
            byBlock.computeIfAbsent(m.block(), b -> new ArrayList<>())
                    .add(new RoutineItem(m, dose, Timing.seconds(m, dose), "routine.reason.block." + m.block()));
        }
        return new Routine(request, byBlock.entrySet().stream()
                .map(e -> new RoutineBlock(e.getKey(), e.getValue())).toList(), List.of());
    }

    static void refused(ThrowingCallable edit, String key, Object... args) {
        assertThatThrownBy(edit).isInstanceOfSatisfying(AdjustmentRefused.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }

    final List<Item> warmUpAndStretches = List.of(item(ARM_CIRCLES), item(SIDE), item(CAT), item(CHEST_EXTENSION));

    @Nested
    class Moving {

        @Test
        void a_movement_trades_places_with_its_neighbour_in_the_block() {
            assertThat(slugs(EDITS.move(warmUpAndStretches, "side-stretch", 1)))
                    .containsExactly("arm-circles", "cat-stretch", "side-stretch", "chest-extension-stretch");
        }

        @Test
        void the_first_of_a_block_cannot_go_up_nor_the_last_of_the_routine_down() {
            refused(() -> EDITS.move(warmUpAndStretches, "side-stretch", -1), "routine.refused.first",
                    "Side stretch");
            refused(() -> EDITS.move(warmUpAndStretches, "chest-extension-stretch", 1), "routine.refused.last",
                    "Chest extension stretch");
        }

        @Test
        void an_extension_move_cannot_go_above_a_stretch_that_is_not_one() {
            refused(() -> EDITS.move(warmUpAndStretches, "chest-extension-stretch", -1),
                    "routine.refused.extensionLast");
        }

        @Test
        void a_movement_not_in_the_routine_is_named_in_the_refusal() {
            refused(() -> EDITS.move(warmUpAndStretches, "bar-hang", 1), "routine.refused.notInRoutine", "bar-hang");
        }
    }

    @Nested
    class Removing {

        @Test
        void a_movement_is_taken_out_and_the_rest_keep_their_order() {
            assertThat(slugs(EDITS.remove(warmUpAndStretches, "cat-stretch")))
                    .containsExactly("arm-circles", "side-stretch", "chest-extension-stretch");
        }

        @Test
        void the_last_movement_stays() {
            refused(() -> EDITS.remove(List.of(item(SIDE)), "side-stretch"), "routine.refused.lastOne");
        }
    }

    @Nested
    class Swapping {

        @Test
        void the_replacement_takes_the_place_at_the_dose_and_reason_the_builder_starts_it_with() {
            List<Item> after = EDITS.swap(warmUpAndStretches, MORNING, "cat-stretch", "neck-stretch");
            assertThat(slugs(after))
                    .containsExactly("arm-circles", "side-stretch", "neck-stretch", "chest-extension-stretch");
            assertThat(after.get(2)).isEqualTo(new Item("neck-stretch", Block.STRETCH,
                    BUILDER.baseDose(NECK, Slot.MORNING), "routine.reason.block.STRETCH"));
        }

        @Test
        void a_replacement_must_be_of_the_same_block_and_not_in_the_routine_yet() {
            refused(() -> EDITS.swap(warmUpAndStretches, MORNING, "cat-stretch", "thread-the-needle"),
                    "routine.refused.otherBlock", "Thread the needle", "Cat stretch");
            refused(() -> EDITS.swap(warmUpAndStretches, MORNING, "cat-stretch", "side-stretch"),
                    "routine.refused.duplicate", "Side stretch");
        }

        @Test
        void a_replacement_must_suit_the_routines_inputs() {
            refused(() -> EDITS.swap(warmUpAndStretches, MORNING, "cat-stretch", "bar-hang"),
                    "routine.refusal.EQUIPMENT", "Bar hang");
            refused(() -> EDITS.swap(warmUpAndStretches, MORNING, "side-stretch", " "),
                    "routine.refused.choose");
            refused(() -> EDITS.swap(warmUpAndStretches, MORNING, "side-stretch", "no-such-move"),
                    "routine.refused.unknown", "no-such-move");
        }

        @Test
        void a_floor_stretch_is_refused_at_the_desk() {
            RoutineRequest desk = new RoutineRequest(Slot.MIDDAY, 10, Set.of(), Place.DESK, Set.of(), null,
                    InputSpace.DATE, 0);
            refused(() -> EDITS.swap(List.of(item(SIDE), item(NECK)), desk, "neck-stretch", "cat-stretch"),
                    "routine.refusal.FLOOR_AT_DESK", "Cat stretch");
        }
    }

    @Nested
    class Adding {

        @Test
        void a_stretch_goes_at_the_end_of_its_block_but_before_its_extension_move() {
            assertThat(slugs(EDITS.add(warmUpAndStretches, MORNING, "neck-stretch"))).containsExactly(
                    "arm-circles", "side-stretch", "cat-stretch", "neck-stretch", "chest-extension-stretch");
        }

        @Test
        void an_extension_stretch_is_refused_while_mobility_work_follows_it() {
            refused(() -> EDITS.add(List.of(item(SIDE), item(THREAD)), MORNING, "chest-extension-stretch"),
                    "routine.refused.extensionLast");
        }

        @Test
        void a_movement_of_another_time_of_day_is_refused() {
            refused(() -> EDITS.add(warmUpAndStretches, MORNING, "knee-hug"), "routine.refused.slot", "Knee hug");
        }
    }

    @Nested
    class Offering {

        @Test
        void the_page_offers_no_addition_the_order_check_would_refuse() {
            Routine routine = routine(MORNING, SIDE, THREAD);
            Map<Block, List<Movement>> addable = EDITS.addable(routine, List.of());
            assertThat(addable.get(Block.STRETCH)).containsExactly(CAT, NECK);
            assertThat(addable.get(Block.WARM_UP)).containsExactly(ARM_CIRCLES);
            assertThat(addable).doesNotContainKey(Block.RELAXATION);
        }

        @Test
        void the_alternatives_are_the_blocks_other_allowed_moves_that_keep_extension_last() {
            Routine routine = routine(MORNING, SIDE, THREAD);
            assertThat(EDITS.alternatives(routine, List.of(), "side-stretch")).containsExactly(CAT, NECK);
            assertThat(EDITS.alternatives(routine(MORNING, SIDE), List.of(), "side-stretch"))
                    .containsExactly(CAT, CHEST_EXTENSION, NECK);
        }

        @Test
        void a_movement_the_catalog_lost_is_not_offered_back() {
            assertThat(EDITS.addable(routine(MORNING, SIDE), List.of("neck-stretch")).get(Block.STRETCH))
                    .containsExactly(CAT, CHEST_EXTENSION);
        }
    }

    @Nested
    class Dosing {

        final List<Item> held = List.of(item(SIDE, new Dose(30, null, 1, false, null)));

        @Test
        void a_hold_within_the_general_bounds_is_set() {
            assertThat(EDITS.dose(held, Slot.MORNING, "side-stretch", 120, null, 5, null).get(0).dose())
                    .isEqualTo(new Dose(120, null, 5, false, null));
        }

        @Test
        void figures_outside_the_bounds_are_refused_with_the_bounds() {
            refused(() -> EDITS.dose(held, Slot.MORNING, "side-stretch", 121, null, null, null),
                    "routine.refused.hold", 5, 120);
            refused(() -> EDITS.dose(held, Slot.MORNING, "side-stretch", 4, null, null, null),
                    "routine.refused.hold", 5, 120);
            refused(() -> EDITS.dose(held, Slot.MORNING, "side-stretch", null, null, 6, null),
                    "routine.refused.sets", 1, 5);
        }

        @Test
        void an_evening_stretch_keeps_to_the_evening_holds() {
            refused(() -> EDITS.dose(held, Slot.EVENING, "side-stretch", 31, null, null, null),
                    "routine.refused.eveningHold", "Side stretch", 20, 30);
            assertThat(EDITS.dose(held, Slot.EVENING, "side-stretch", 20, null, null, null).get(0).dose().holdSeconds())
                    .isEqualTo(20);
        }

        @Test
        void a_figure_that_is_not_part_of_the_dosage_is_refused_rather_than_ignored() {
            refused(() -> EDITS.dose(held, Slot.MORNING, "side-stretch", null, 10, null, null),
                    "routine.refused.noReps", "Side stretch");
            refused(() -> EDITS.dose(held, Slot.MORNING, "side-stretch", null, null, null, 60),
                    "routine.refused.noDuration", "Side stretch");
        }

        @Test
        void the_same_figures_change_nothing() {
            assertThat(EDITS.dose(held, Slot.MORNING, "side-stretch", 30, null, 1, null)).isEqualTo(held);
        }

        @Test
        void a_movement_the_catalog_lost_cannot_be_dosed() {
            List<Item> lost = List.of(new Item("gone", Block.STRETCH, new Dose(30, null, 1, false, null), "x"));
            assertThatThrownBy(() -> EDITS.dose(lost, Slot.MORNING, "gone", 40, null, null, null))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Naming {

        @Test
        void a_name_is_kept_stripped() {
            assertThat(RoutineEdits.name("  Morning  ")).isEqualTo("Morning");
            assertThat(RoutineEdits.name("x".repeat(80))).hasSize(80);
        }

        @Test
        void an_empty_or_too_long_name_is_refused_with_the_limit() {
            refused(() -> RoutineEdits.name("   "), "routine.error.name", 80);
            refused(() -> RoutineEdits.name(null), "routine.error.name", 80);
            refused(() -> RoutineEdits.name("x".repeat(81)), "routine.error.name", 80);
        }

        @Test
        void a_name_with_a_control_character_is_refused_as_such() {
            refused(() -> RoutineEdits.name("Morning\u0000"), "error.badRequest.control.name");
        }
    }
}
