package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Movement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order inside each block that changes body position least, within block order, anchors and extension-last. */
class PositionsTest {

    /** An entry as the builder has it: a movement, its place among the anchors, whether it ends its block. */
    record Entry(Movement movement, int anchorRank, boolean late) {
        static Entry of(Movement movement) {
            return new Entry(movement, -1, false);
        }
    }

    static List<List<Entry>> order(List<List<Entry>> blocks) {
        return Positions.order(blocks, Entry::movement, Entry::anchorRank, Entry::late, e -> false);
    }

    static List<String> slugs(List<List<Entry>> blocks) {
        return blocks.stream().flatMap(List::stream).map(e -> e.movement().slug()).toList();
    }

    static Movement at(String slug, BodyPosition position) {
        return movement(slug).position(position).hold(30).build();
    }

    @Test
    void movements_done_in_the_same_position_come_one_after_the_other() {
        List<Entry> stretches = List.of(Entry.of(at("stand-1", BodyPosition.STANDING)),
                Entry.of(at("kneel-1", BodyPosition.KNEELING)), Entry.of(at("stand-2", BodyPosition.STANDING)),
                Entry.of(at("kneel-2", BodyPosition.KNEELING)), Entry.of(at("seat-1", BodyPosition.SEATED)));
        List<List<Entry>> ordered = order(List.of(stretches));
        List<Movement> flat = ordered.get(0).stream().map(Entry::movement).toList();
        assertThat(Positions.changes(flat)).isEqualTo(2);
        // Nothing decides otherwise: from standing down to the floor.
        assertThat(slugs(ordered)).containsExactly("stand-1", "stand-2", "seat-1", "kneel-1", "kneel-2");
    }

    @Test
    void a_block_starts_in_the_position_the_block_before_it_ended_in() {
        Movement warm = movement("warm").block(Block.WARM_UP).dynamic().reps(10).build();
        List<Entry> release = List.of(Entry.of(movement("ball").block(Block.RELEASE)
                .position(BodyPosition.LYING).duration(120, 120).build()));
        List<Entry> stretches = List.of(Entry.of(at("stand", BodyPosition.STANDING)),
                Entry.of(at("lie", BodyPosition.LYING)));
        List<List<Entry>> ordered = order(List.of(List.of(Entry.of(warm)), release, stretches));
        // Standing warm-up, down for the release, the lying stretch while still down, then up: two trips, not four.
        assertThat(slugs(ordered)).containsExactly("warm", "ball", "lie", "stand");
    }

    @Test
    void anchors_keep_their_sequence_and_extension_stays_last() {
        Movement child = at("childs-pose", BodyPosition.KNEELING);
        Movement knees = at("knees-to-chest", BodyPosition.LYING);
        Movement standing = at("side-bend", BodyPosition.STANDING);
        Movement lying = at("lying-stretch", BodyPosition.LYING);
        Movement extension = movement("extension-stretch").extension().position(BodyPosition.STANDING).hold(30)
                .build();
        List<Entry> stretches = List.of(new Entry(knees, 1, false), new Entry(extension, -1, false),
                Entry.of(standing), new Entry(child, 0, false), Entry.of(lying));
        List<String> order = slugs(order(List.of(stretches)));
        assertThat(order).containsSubsequence("childs-pose", "knees-to-chest").endsWith("extension-stretch");
        assertThat(order.indexOf("lying-stretch")).isGreaterThan(order.indexOf("childs-pose"));
        assertThat(Set.copyOf(order)).hasSize(5);
    }

    @Test
    void anchors_keep_their_sequence_even_where_another_order_would_change_position_less() {
        List<Entry> release = List.of(Entry.of(movement("ball").block(Block.RELEASE)
                .position(BodyPosition.LYING).duration(120, 120).build()));
        // Straight on from lying, knees to chest first would save a change; the evening's sequence says otherwise.
        List<Entry> stretches = List.of(new Entry(at("knees-to-chest", BodyPosition.LYING), 1, false),
                new Entry(at("childs-pose", BodyPosition.KNEELING), 0, false));
        assertThat(slugs(order(List.of(release, stretches)))).containsExactly("ball", "childs-pose", "knees-to-chest");
    }

    @Test
    void what_is_added_when_time_allows_ends_its_block() {
        Movement reset = movement("posture-reset").block(Block.RELAXATION).position(BodyPosition.LYING)
                .duration(900, 900).build();
        Movement breathing = movement("breathing").block(Block.RELAXATION).position(BodyPosition.SEATED)
                .duration(60, 60).build();
        List<List<Entry>> ordered = order(List.of(List.of(new Entry(reset, 2, true), Entry.of(breathing))));
        assertThat(slugs(ordered)).containsExactly("breathing", "posture-reset");
    }
}
