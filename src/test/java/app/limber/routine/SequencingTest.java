package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Extension last, from its one place: the builder's picks and the saved-routine edits both ask Sequencing. */
class SequencingTest {

    static final Movement WARM_UP = movement("arm-circles").block(Block.WARM_UP).dynamic().reps(10).build();
    static final Movement STRETCH = movement("seated-upper-back-stretch").hold(20, 30).build();
    static final Movement STRETCH_EXTENSION = movement("thoracic-extension-stretch").extension().hold(20, 30).build();
    static final Movement MOBILITY = movement("thread-the-needle").block(Block.MOBILITY).hold(30).build();
    static final Movement MOBILITY_EXTENSION = movement("foam-roller-extension").extension().block(Block.MOBILITY).reps(5)
            .build();
    static final Movement RELAXATION_EXTENSION = movement("supported-extension").extension().block(Block.RELAXATION).hold(60)
            .build();

    @Test
    void only_extension_in_the_stretch_work_goes_last() {
        assertThat(Sequencing.goesLast(STRETCH_EXTENSION)).isTrue();
        assertThat(Sequencing.goesLast(MOBILITY_EXTENSION)).isTrue();
        assertThat(Sequencing.goesLast(STRETCH)).isFalse();
        assertThat(Sequencing.goesLast(RELAXATION_EXTENSION)).isFalse();
    }

    @Nested
    class Picking {

        @Test
        void an_extension_stretch_is_left_out_once_a_mobility_move_that_is_not_one_is_in() {
            assertThat(Sequencing.breaksExtensionLast(List.of(MOBILITY), STRETCH_EXTENSION)).isTrue();
            assertThat(Sequencing.breaksExtensionLast(List.of(STRETCH_EXTENSION), MOBILITY)).isTrue();
        }

        @Test
        void within_a_block_order_decides_so_anything_may_be_picked() {
            assertThat(Sequencing.breaksExtensionLast(List.of(STRETCH_EXTENSION), STRETCH)).isFalse();
            assertThat(Sequencing.breaksExtensionLast(List.of(STRETCH), STRETCH_EXTENSION)).isFalse();
            assertThat(Sequencing.breaksExtensionLast(List.of(STRETCH_EXTENSION), MOBILITY_EXTENSION)).isFalse();
            assertThat(Sequencing.breaksExtensionLast(List.of(MOBILITY, STRETCH), RELAXATION_EXTENSION)).isFalse();
            assertThat(Sequencing.breaksExtensionLast(List.of(), STRETCH_EXTENSION)).isFalse();
        }
    }

    @Nested
    class Adding {

        final List<Movement> order = List.of(WARM_UP, STRETCH, STRETCH_EXTENSION, MOBILITY_EXTENSION);

        @Test
        void a_movement_goes_at_the_end_of_its_block_before_the_extension_moves() {
            assertThat(Sequencing.insertionIndex(order, movement("another-stretch").hold(30).build())).isEqualTo(2);
            assertThat(Sequencing.insertionIndex(order, movement("chest-extension").extension().hold(30).build())).isEqualTo(3);
            assertThat(Sequencing.insertionIndex(order, MOBILITY_EXTENSION)).isEqualTo(4);
            assertThat(Sequencing.insertionIndex(order, MOBILITY)).isEqualTo(3);
            assertThat(Sequencing.insertionIndex(order, WARM_UP)).isEqualTo(1);
            assertThat(Sequencing.insertionIndex(order, RELAXATION_EXTENSION)).isEqualTo(4);
            assertThat(Sequencing.insertionIndex(List.of(), STRETCH)).isZero();
        }

        @Test
        void both_forms_place_alike_and_what_they_place_keeps_the_order() {
            for (Movement added : List.of(WARM_UP, STRETCH, STRETCH_EXTENSION, MOBILITY_EXTENSION,
                    RELAXATION_EXTENSION)) {
                int at = Sequencing.insertionIndex(order, added);
                assertThat(Sequencing.insertionIndex(order, Movement::block, Sequencing::isExtension, added))
                        .isEqualTo(at);
                List<Movement> after = new ArrayList<>(order);
                after.add(at, added);
                assertThat(Sequencing.breaksExtensionLast(after)).as(added.slug()).isFalse();
            }
        }

        @Test
        void an_entry_the_catalog_no_longer_knows_is_placed_by_its_block_alone() {
            List<Block> blocks = List.of(Block.STRETCH, Block.STRETCH);
            assertThat(Sequencing.insertionIndex(blocks, b -> b, b -> false, STRETCH)).isEqualTo(2);
            assertThat(Sequencing.insertionIndex(blocks, b -> b, b -> true, STRETCH)).isZero();
        }
    }
}
