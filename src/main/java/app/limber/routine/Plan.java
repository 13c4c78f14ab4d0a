package app.limber.routine;

import static app.limber.routine.RoutineBuilder.BLOCK_SLACK;
import static app.limber.routine.RoutineBuilder.BLOCK_SLACK_SECONDS;
import static app.limber.routine.RoutineBuilder.FILL_IN_REASON;
import static app.limber.routine.RoutineBuilder.GET_READY_SHARE;
import static app.limber.routine.RoutineBuilder.WARM_UP_MAX_SECONDS;
import static app.limber.routine.RoutineBuilder.highSeconds;
import static app.limber.routine.RoutineBuilder.lowSeconds;
import static app.limber.routine.RoutineBuilder.reasonKey;

import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Movement;
import app.limber.routine.RoutineBuilder.Phase;
import app.limber.routine.RoutineBuilder.Step;
import app.limber.routine.RoutineBuilder.WarmUp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routine being built for one request ({@link RoutineBuilder}): its picks, by block and in the order of body
 * positions, their times, and what getting ready takes of them.
 */
final class Plan {
    final RoutineRequest request;
    /** What the rules allow for the request. */
    final MovementFacts.ForRequest allowed;
    final SlotRules slot;
    final double[] targets;
    final WarmUp warmUp;
    final int high;
    final List<Pick> picks = new ArrayList<>();
    final Map<Block, List<Pick>> byBlock = new EnumMap<>(Block.class);
    final List<Movement> pickedMovements = new ArrayList<>();
    final Set<String> used = new HashSet<>();
    final int[] blockSeconds = new int[Block.values().length];
    final int[] cursor = new int[Block.values().length];
    final int[] positions = new int[BodyPosition.values().length];
    /** The picks' blocks in the order {@link Positions} works out, as of the last movement added. */
    List<List<Pick>> ordered = List.of();
    int total;
    /** Of the total, getting ready and the transitions: what is neither work, side switches nor rests. */
    int getReady;
    /** True while a movement joins only if getting ready stays within {@link RoutineBuilder#GET_READY_SHARE}. */
    boolean getReadyHeld;
    /**
     * Each block's orders worth weighing ({@link Positions#orders}), by the block's picks. Every movement added
     * or weighed changes one block only: the others are not worked out again, nor a block weighed again with
     * the same candidate.
     */
    private final Map<List<Pick>, List<Positions.BlockOrder<Pick>>> ordersByBlock = new HashMap<>();
    /** The pick a movement would be, at its starting dose, while {@link #getReadyAdded} weighs it. */
    private final Map<String, Pick> candidates = new HashMap<>();

    Plan(RoutineRequest request, MovementFacts.ForRequest allowed, SlotRules slot, double[] targets) {
        this.request = request;
        this.allowed = allowed;
        this.slot = slot;
        this.targets = targets;
        this.warmUp = WarmUp.of(targets[Block.WARM_UP.ordinal()]);
        this.high = highSeconds(request.minutes());
        for (Block block : Block.values()) {
            byBlock.put(block, new ArrayList<>());
        }
    }

    int seconds(Block block) {
        return blockSeconds[block.ordinal()];
    }

    int largestOtherBlock() {
        int largest = 0;
        for (Block block : Block.values()) {
            if (block != Block.STRETCH) {
                largest = Math.max(largest, seconds(block));
            }
        }
        return largest;
    }

    /** The most the warm-up may take in this phase: the top of its window, or at last its ten minutes. */
    int warmUpCap(Phase phase) {
        return phase != Phase.LONGER_WARM_UP ? warmUp.high() : WARM_UP_MAX_SECONDS;
    }

    /**
     * A step of this many seconds in this block keeps the total within 10 % and the warm-up within its cap;
     * while the shares are kept, it also keeps the block near its share ({@link RoutineBuilder#BLOCK_SLACK}), so
     * that one long movement (30 rotations each side) does not take over a short session.
     */
    boolean fits(Block block, int delta, Phase phase) {
        if (total + delta > high) {
            return false;
        }
        if (block == Block.WARM_UP) {
            return seconds(Block.WARM_UP) + delta <= warmUpCap(phase);
        }
        double target = targets[block.ordinal()];
        return phase != Phase.SHAPE
                || seconds(block) + delta <= Math.max(target * (1 + BLOCK_SLACK), target + BLOCK_SLACK_SECONDS);
    }

    /**
     * Getting ready (and moving between) of this many seconds keeps within its share of the shortest routine
     * that fits the time asked (its less 10 %), so within its share of any routine that fits. A fixed figure,
     * not a share of the routine so far: a longer movement must not join where a shorter one may not. Always
     * true while the share is not held.
     */
    boolean getReadyFits(int getReadySeconds) {
        return !getReadyHeld || getReadySeconds <= GET_READY_SHARE * lowSeconds(request.minutes());
    }

    /**
     * The getting ready to keep in hand, before a movement joins, for one more after it: none where the doses
     * in the routine can still grow into the rest of the time asked less 10 % (the warm-up within its window),
     * else one movement's least (a transition on the same level and its get-ready). So a trip down to the
     * floor and back for one movement does not take the share the movements still needed would want. Worked
     * out before the movement joins, so it is the same whichever movement it is.
     */
    int reserve() {
        int rest = lowSeconds(request.minutes()) - total;
        if (rest <= 0) {
            return 0;
        }
        int growth = 0;
        int warmUpGrowth = 0;
        for (Pick pick : picks) {
            int more = pick.fullestGrowth(slot);
            if (pick.movement.block() == Block.WARM_UP) {
                warmUpGrowth += more;
            } else {
                growth += more;
            }
        }
        growth += Math.max(0, Math.min(warmUpGrowth, warmUp.high() - seconds(Block.WARM_UP)));
        return growth >= rest ? 0 : Timing.TRANSITION_SECONDS + Timing.GET_READY_SECONDS;
    }

    /**
     * What a step adds to getting ready and the transitions: nothing for a dose that grows; for a movement
     * that joins, worked out in its place (the routine ordered with it and without it), so a trip down to the
     * floor and back up counts both ways.
     */
    int getReadyAdded(Step step) {
        if (step.grown() != null) {
            return 0;
        }
        Movement movement = step.movement();
        Pick pick = candidates.computeIfAbsent(movement.slug(), slug -> new Pick(movement,
                Doses.base(movement, slot), -1, slot.character().lateAnchors().contains(slug), false, false));
        // Weighed, not added: the routine's order with it gives the getting ready, and nothing is retimed.
        List<Pick> inBlock = byBlock.get(movement.block());
        inBlock.add(pick);
        int with = getReady(order());
        inBlock.remove(inBlock.size() - 1);
        return with - getReady;
    }

    /** A late anchor (the posture reset) joins, while the shares are kept, only if it takes at most half. */
    boolean tooLongForLate(Movement movement) {
        return Timing.seconds(movement, Doses.base(movement, slot)) * 2 > request.seconds();
    }

    /**
     * An anchor or the main stretch: not yet in, fits the time, keeps the warm-up within ten minutes; weighed
     * at the least it takes ({@link Timing#leastSeconds}), its place is checked as it is added ({@link #add}).
     */
    boolean canPlace(Movement movement) {
        int seconds = Timing.leastSeconds(movement, Doses.base(movement, slot));
        return !used.contains(movement.slug())
                && total + seconds <= high
                && (movement.block() != Block.WARM_UP
                || seconds(Block.WARM_UP) + seconds <= WARM_UP_MAX_SECONDS)
                && !Sequencing.breaksExtensionLast(pickedMovements, movement);
    }

    /** Not yet in, fits the time and the block's cap at its starting dose, and keeps extension last. */
    boolean canAdd(Movement movement, Phase phase) {
        int seconds = Timing.leastSeconds(movement, Doses.base(movement, slot));
        int least = Timing.TRANSITION_SECONDS + Timing.GET_READY_SECONDS;
        return !used.contains(movement.slug())
                && fits(movement.block(), seconds, phase)
                && getReadyFits(getReady + least)
                && (phase != Phase.SHAPE || !slot.character().lateAnchors().contains(movement.slug())
                || !tooLongForLate(movement))
                // Within a block extension last is a matter of order (toRoutine); across blocks (an extension
                // in the stretch block, a rotation in the mobility block after it) the second one is left out.
                && !Sequencing.breaksExtensionLast(pickedMovements, movement);
    }

    /** 0: a position the routine already has; 1: another on the same level (floor or not); 2: a new level. */
    int positionPenalty(BodyPosition position) {
        if (positions[position.ordinal()] > 0) {
            return 0;
        }
        boolean floor = Positions.onFloor(position);
        for (BodyPosition other : BodyPosition.values()) {
            if (positions[other.ordinal()] > 0 && Positions.onFloor(other) == floor) {
                return 1;
            }
        }
        return picks.isEmpty() ? 0 : 2;
    }

    /** {@link #add(Movement, boolean, boolean, boolean, int)} keeping the warm-up within ten minutes. */
    boolean add(Movement movement, boolean anchor, boolean main, boolean borrowed) {
        boolean held = getReadyHeld;
        // The anchors and the day's main stretch are the time of day's own: getting ready does not hold them back.
        getReadyHeld = false;
        try {
            return add(movement, anchor, main, borrowed, WARM_UP_MAX_SECONDS);
        } finally {
            getReadyHeld = held;
        }
    }

    /**
     * Adds a movement at its starting dose, then orders the routine ({@link Positions}) and times every
     * movement from the one before it. The choice was made on the least the movement takes
     * ({@link Timing#leastSeconds}); in its place it may take 10 s more to get down to the floor, and 10 s
     * more each may go to getting up from the floor before and after it. Where that takes the routine past
     * 10 % over the time asked, or the warm-up past {@code warmUpCap} (a warm-up movement) or past its ten
     * minutes (any other: its place may move a transition into the warm-up), unless it was past it already, or
     * getting ready past its share while that is held ({@link #getReadyFits}), it is taken out again, and may
     * be tried again in a later phase.
     *
     * @return false when it was taken out again
     */
    boolean add(Movement movement, boolean anchor, boolean main, boolean borrowed, int warmUpCap) {
        int warmUpBefore = seconds(Block.WARM_UP);
        int reserve = reserve();
        // Another block's movement may move a transition into the warm-up (Positions reorders it to end where
        // the next block starts): that is no warm-up content, so only StretchMed's ten minutes hold it back.
        int cap = movement.block() == Block.WARM_UP ? warmUpCap : WARM_UP_MAX_SECONDS;
        Pick pick = new Pick(movement, Doses.base(movement, slot),
                anchor ? slot.character().anchorRank(movement.slug()) : -1,
                slot.character().lateAnchors().contains(movement.slug()), main, borrowed);
        picks.add(pick);
        byBlock.get(movement.block()).add(pick);
        pickedMovements.add(movement);
        used.add(movement.slug());
        positions[movement.position().ordinal()]++;
        List<List<Pick>> orderedBefore = ordered;
        retime();
        if (total <= high && seconds(Block.WARM_UP) <= Math.max(cap, warmUpBefore)
                && getReadyFits(getReady + reserve)) {
            return true;
        }
        picks.remove(pick);
        byBlock.get(movement.block()).remove(pick);
        pickedMovements.remove(movement);
        used.remove(movement.slug());
        positions[movement.position().ordinal()]--;
        // The order before it was added: only the times are worked out again.
        time(orderedBefore);
        return false;
    }

    /** Orders the picks and times each from the movement before it: the block and routine totals follow. */
    private void retime() {
        time(order());
    }

    /** The picks in the order {@link Positions} works out. */
    private List<List<Pick>> order() {
        List<List<Positions.BlockOrder<Pick>>> blocks = new ArrayList<>();
        for (Block block : Block.values()) {
            List<Pick> inBlock = byBlock.get(block);
            if (!inBlock.isEmpty()) {
                List<Positions.BlockOrder<Pick>> orders = ordersByBlock.get(inBlock);
                if (orders == null) {
                    orders = Positions.orders(inBlock, p -> p.movement, p -> p.anchorRank, p -> p.late,
                            p -> p.main);
                    ordersByBlock.put(List.copyOf(inBlock), orders);
                }
                blocks.add(orders);
            }
        }
        return Positions.cheapest(blocks);
    }

    /** Getting ready and the transitions of the picks in this order. */
    private static int getReady(List<List<Pick>> order) {
        int seconds = 0;
        BodyPosition previous = null;
        for (List<Pick> block : order) {
            for (Pick pick : block) {
                seconds += Timing.transitionSeconds(previous, pick.movement.position()) + Timing.GET_READY_SECONDS;
                previous = pick.movement.position();
            }
        }
        return seconds;
    }

    /** Times each pick in this order from the movement before it: the block and routine totals follow. */
    private void time(List<List<Pick>> order) {
        ordered = order;
        java.util.Arrays.fill(blockSeconds, 0);
        total = 0;
        getReady = 0;
        BodyPosition previous = null;
        for (List<Pick> block : ordered) {
            for (Pick pick : block) {
                pick.seconds = Timing.seconds(previous, pick.movement, pick.dose);
                getReady += Timing.transitionSeconds(previous, pick.movement.position()) + Timing.GET_READY_SECONDS;
                previous = pick.movement.position();
                total += pick.seconds;
                blockSeconds[pick.movement.block().ordinal()] += pick.seconds;
            }
        }
    }

    void grow(Pick pick, Dose bigger) {
        int delta = pick.growth(bigger);
        Block block = pick.movement.block();
        total += delta;
        blockSeconds[block.ordinal()] += delta;
        pick.dose = bigger;
        pick.seconds += delta;
        List<Pick> inBlock = byBlock.get(block);
        cursor[block.ordinal()] = (inBlock.indexOf(pick) + 1) % inBlock.size();
    }

    /** Blocks in the articles' order, each in the order {@link Positions} works out. */
    Routine toRoutine(List<String> notices) {
        List<RoutineBlock> routineBlocks = new ArrayList<>();
        for (List<Pick> block : ordered) {
            List<RoutineItem> items = block.stream()
                    .map(p -> new RoutineItem(p.movement, p.dose, p.seconds,
                            p.borrowed ? FILL_IN_REASON : reasonKey(p.movement, request, p.main)))
                    .toList();
            routineBlocks.add(new RoutineBlock(block.get(0).movement.block(), items));
        }
        return new Routine(request, routineBlocks, notices);
    }
}
