package app.limber.routine;

import app.limber.catalog.BodyPosition;
import app.limber.catalog.Movement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The order of the movements inside each block, so that the person changes body position as few times as the
 * rules allow: blocks stay in the articles' order, extension stays last in the stretch work, the slot's anchors
 * stay in their sequence and what is added "when time allows" (the posture reset) ends its block; within that,
 * movements done in the same position are done one after the other, and each block starts, where it can, in the
 * position the block before it ended in. Getting down to the floor or up from it counts three times a change
 * between standing and sitting, or between two floor positions.
 */
public final class Positions {

    /** From standing down to lying: the order a block goes through its positions when nothing else decides. */
    private static final List<BodyPosition> HEIGHT = List.of(BodyPosition.STANDING, BodyPosition.SEATED,
            BodyPosition.KNEELING, BodyPosition.ALL_FOURS, BodyPosition.FLOOR_SITTING, BodyPosition.LYING);

    private Positions() {
    }

    /** Lying, kneeling, on all fours or sitting on the floor. */
    public static boolean onFloor(BodyPosition position) {
        return switch (position) {
            case STANDING, SEATED -> false;
            case ALL_FOURS, KNEELING, LYING, FLOOR_SITTING -> true;
        };
    }

    /** How many times the person changes position from one movement to the next. */
    public static int changes(List<Movement> order) {
        int changes = 0;
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).position() != order.get(i - 1).position()) {
                changes++;
            }
        }
        return changes;
    }

    /** The cost of going from one position to the next: 0 staying, 1 on the same level, 3 to or from the floor. */
    static int cost(BodyPosition from, BodyPosition to) {
        if (from == null || from == to) {
            return 0;
        }
        return onFloor(from) == onFloor(to) ? 1 : 3;
    }

    /**
     * The blocks (each a list of entries of one block, in block order) with each block's entries in the order that
     * changes position least over the whole routine.
     *
     * @param movement   an entry's movement
     * @param anchorRank an entry's place among the slot's anchors, or -1
     * @param late       true for an entry added "when time allows", which ends its block
     * @param main       true for the day's main stretch, first among equals
     */
    static <T> List<List<T>> order(List<List<T>> blocks, Function<T, Movement> movement,
                                   ToIntFunction<T> anchorRank, Predicate<T> late, Predicate<T> main) {
        List<List<BlockOrder<T>>> orders = new ArrayList<>();
        for (List<T> block : blocks) {
            orders.add(orders(block, movement, anchorRank, late, main));
        }
        return cheapest(orders);
    }

    /**
     * One order of a block worth weighing, with what the routine-wide choice needs of it: the positions it starts
     * and ends in and the cost of the changes inside it.
     */
    record BlockOrder<T>(List<T> entries, BodyPosition first, BodyPosition last, int inner) {
    }

    /**
     * Every order of one block worth weighing ({@link #order}). Depends on the block's entries only, so a caller
     * that orders the same block again and again (the builder, after each movement added) may keep it.
     */
    static <T> List<BlockOrder<T>> orders(List<T> block, Function<T, Movement> movement,
                                          ToIntFunction<T> anchorRank, Predicate<T> late, Predicate<T> main) {
        Comparator<T> inGroup = Comparator
                .comparingInt((T e) -> anchorRank.applyAsInt(e) >= 0 ? anchorRank.applyAsInt(e) : Integer.MAX_VALUE)
                .thenComparingInt(e -> main.test(e) ? 0 : 1)
                .thenComparingInt(e -> movement.apply(e).sortOrder())
                .thenComparing(e -> movement.apply(e).slug());
        List<BlockOrder<T>> orders = new ArrayList<>();
        for (List<T> entries : entryOrders(block, movement, anchorRank, late, inGroup)) {
            BodyPosition first = null;
            BodyPosition at = null;
            int inner = 0;
            for (T entry : entries) {
                BodyPosition position = movement.apply(entry).position();
                if (first == null) {
                    first = position;
                }
                inner += cost(at, position);
                at = position;
            }
            if (!dominated(orders, first, at, inner)) {
                orders.add(new BlockOrder<>(entries, first, at, inner));
            }
        }
        return orders;
    }

    /**
     * True when an order weighed before starts and ends in the same positions and costs no more inside: this one
     * then never wins ({@link #cheapest} keeps the way found first on a tie), so it need not be weighed.
     */
    private static <T> boolean dominated(List<BlockOrder<T>> earlier, BodyPosition first, BodyPosition last,
                                         int inner) {
        for (BlockOrder<T> order : earlier) {
            if (order.first() == first && order.last() == last && order.inner() <= inner) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each block's cheapest order over the whole routine, given every order worth weighing of each block (in block
     * order). Dynamic programming over the blocks: for each position a block may end in, the cheapest way there;
     * on a tie the way found first.
     */
    static <T> List<List<T>> cheapest(List<List<BlockOrder<T>>> blocks) {
        Map<BodyPosition, Path<T>> paths = new LinkedHashMap<>();
        paths.put(null, new Path<>(0, null, null));
        for (List<BlockOrder<T>> orders : blocks) {
            Map<BodyPosition, Path<T>> next = new LinkedHashMap<>();
            for (Map.Entry<BodyPosition, Path<T>> path : paths.entrySet()) {
                BodyPosition from = path.getKey();
                for (BlockOrder<T> order : orders) {
                    int cost = path.getValue().cost();
                    BodyPosition at = from;
                    if (order.first() != null) {
                        cost += cost(from, order.first()) + order.inner();
                        at = order.last();
                    }
                    Path<T> known = next.get(at);
                    if (known == null || cost < known.cost()) {
                        next.put(at, new Path<>(cost, path.getValue(), order.entries()));
                    }
                }
            }
            paths = next;
        }
        Path<T> best = paths.values().stream().min(Comparator.comparingInt(Path::cost)).orElseThrow();
        List<List<T>> chosen = new ArrayList<>();
        for (Path<T> path = best; path.before() != null; path = path.before()) {
            chosen.add(0, path.order());
        }
        return chosen;
    }

    /** The cheapest way to the end of a block: its cost, the way to the block before, this block's order. */
    private record Path<T>(int cost, Path<T> before, List<T> order) {
    }

    /**
     * Every order of one block worth weighing: its entries in three parts (the rest, then extension moves, then
     * what ends the block), each part grouped by position with the groups in every order; anchors in sequence.
     */
    private static <T> List<List<T>> entryOrders(List<T> block, Function<T, Movement> movement,
                                                 ToIntFunction<T> anchorRank, Predicate<T> late,
                                                 Comparator<T> inGroup) {
        List<T> rest = new ArrayList<>();
        List<T> extension = new ArrayList<>();
        List<T> last = new ArrayList<>();
        for (T entry : block) {
            if (Sequencing.goesLast(movement.apply(entry))) {
                extension.add(entry);
            } else if (late.test(entry)) {
                last.add(entry);
            } else {
                rest.add(entry);
            }
        }
        List<List<T>> orders = new ArrayList<>();
        List<List<T>> seconds = grouped(extension, movement, inGroup);
        List<List<T>> thirds = grouped(last, movement, inGroup);
        for (List<T> first : grouped(rest, movement, inGroup)) {
            for (List<T> second : seconds) {
                for (List<T> third : thirds) {
                    List<T> order = new ArrayList<>(first);
                    order.addAll(second);
                    order.addAll(third);
                    if (anchorsInSequence(order, anchorRank)) {
                        orders.add(order);
                    }
                }
            }
        }
        if (orders.isEmpty()) {
            // Anchors in different positions that no grouping keeps in sequence: keep the sequence instead.
            List<T> order = new ArrayList<>(rest);
            order.sort(inGroup);
            order.addAll(extension);
            order.addAll(last);
            orders.add(order);
        }
        return orders;
    }

    private static <T> boolean anchorsInSequence(List<T> order, ToIntFunction<T> anchorRank) {
        int previous = -1;
        for (T entry : order) {
            int rank = anchorRank.applyAsInt(entry);
            if (rank >= 0) {
                if (rank < previous) {
                    return false;
                }
                previous = rank;
            }
        }
        return true;
    }

    /** The entries grouped by position, the groups in every order (standing-to-lying first). */
    private static <T> List<List<T>> grouped(List<T> entries, Function<T, Movement> movement, Comparator<T> inGroup) {
        Map<BodyPosition, List<T>> groups = new EnumMap<>(BodyPosition.class);
        for (T entry : entries) {
            groups.computeIfAbsent(movement.apply(entry).position(), p -> new ArrayList<>()).add(entry);
        }
        groups.values().forEach(group -> group.sort(inGroup));
        List<BodyPosition> positions = new ArrayList<>(groups.keySet());
        positions.sort(Comparator.comparingInt(HEIGHT::indexOf));
        List<List<T>> orders = new ArrayList<>();
        permute(positions, 0, groups, orders);
        return orders;
    }

    private static <T> void permute(List<BodyPosition> positions, int from, Map<BodyPosition, List<T>> groups,
                                    List<List<T>> orders) {
        if (from >= positions.size() - 1) {
            List<T> order = new ArrayList<>();
            positions.forEach(p -> order.addAll(groups.get(p)));
            orders.add(order);
            return;
        }
        for (int i = from; i < positions.size(); i++) {
            java.util.Collections.swap(positions, from, i);
            permute(positions, from + 1, groups, orders);
            java.util.Collections.swap(positions, from, i);
        }
    }
}
