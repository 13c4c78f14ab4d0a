package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a session from the catalog and the user's choices. Plain Java, no Spring or JPA: this is where the
 * rules of {@code docs/routine-rules.md} live.
 *
 * <p>How a routine comes together:
 * <ol>
 *   <li>Only movements that break none of the {@link Eligibility} rules and {@link #suits suit} the time of
 *   day are considered. Each block's candidates are ordered: tagged for the time of day first, then matching the
 *   focus, and within those tiers in a seeded order that changes from day to day.</li>
 *   <li>The slot's anchors come first (the morning sequence, the desk break, the evening wind-down), then the
 *   day's main stretch, chosen so the three sessions of one day do not share it where the catalog allows.</li>
 *   <li>Movements are added to whichever block is furthest below its share of the time until the time asked is
 *   reached, never past 10 % over it.</li>
 *   <li>If the total is still short, doses grow in small steps within the articles' ranges; if even that cannot
 *   fill the time, the routine says so.</li>
 * </ol>
 */
public final class RoutineBuilder {

    /** A routine's planned total may be this much above or below the time asked. */
    public static final double TOLERANCE = 0.10;

    /**
     * The warm-up never takes more than ten minutes: StretchMed's warm-up lasts five to ten. Past that, a long
     * session grows its other blocks or says it falls short rather than fill the time with marching.
     */
    public static final int WARM_UP_MAX_SECONDS = 600;

    private final List<Movement> movements;
    private final Map<String, Movement> bySlug;

    /** @param movements the catalog (any order; it is sorted into catalog order so seeds give stable results) */
    public RoutineBuilder(Collection<Movement> movements) {
        this.movements = movements.stream().sorted(Movement.CATALOG_ORDER).toList();
        this.bySlug = this.movements.stream()
                .collect(Collectors.toUnmodifiableMap(Movement::slug, Function.identity()));
    }

    public List<Movement> movements() {
        return movements;
    }

    public Optional<Movement> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The lowest planned total that counts as fitting the time asked. */
    public static int lowSeconds(int minutes) {
        return (int) Math.ceil(minutes * 60 * (1 - TOLERANCE));
    }

    /** The highest planned total that counts as fitting the time asked. */
    public static int highSeconds(int minutes) {
        return (int) Math.floor(minutes * 60 * (1 + TOLERANCE));
    }

    /**
     * The routine for this request. The same request always gives the same routine.
     *
     * @throws IllegalArgumentException when the minutes are outside 5-45 or the date is missing
     */
    public Routine build(RoutineRequest request) {
        Objects.requireNonNull(request.slot(), "slot");
        Objects.requireNonNull(request.place(), "place");
        Objects.requireNonNull(request.date(), "date");
        if (request.minutes() < RoutineRequest.MIN_MINUTES || request.minutes() > RoutineRequest.MAX_MINUTES) {
            throw new IllegalArgumentException("minutes out of range: " + request.minutes());
        }
        long seed = Variety.seed(request);
        SlotCharacter character = SlotCharacter.of(request.slot());
        Map<Block, List<Movement>> pools = pools(request, seed);
        Plan plan = new Plan(request, character);

        for (String slug : character.anchors()) {
            anchor(plan, pools, slug);
        }
        for (String slug : character.lateAnchors()) {
            Movement late = bySlug.get(slug);
            if (late != null && Eligibility.allowed(late, request)
                    && Timing.seconds(late, Doses.base(late, character)) * 2 <= request.seconds()) {
                anchor(plan, pools, slug);
            }
        }
        Movement main = mainStretch(request, seed);
        if (main != null && plan.canAdd(main)) {
            plan.add(main, false, true);
            pools.get(main.block()).remove(main);
        }

        fill(plan, pools, false);
        if (plan.total < lowSeconds(request.minutes())) {
            // Nothing left in the blocks this time of day is about: use any allowed block before longer doses.
            fill(plan, pools, true);
        }
        grow(plan, request.seconds());
        if (plan.total < lowSeconds(request.minutes())) {
            grow(plan, highSeconds(request.minutes()));
        }
        return plan.toRoutine(notices(plan, request));
    }

    /**
     * Movements that could take this one's place: same block, allowed for the request, suited to its time of day,
     * not already used.
     */
    public List<Movement> alternatives(RoutineRequest request, Block block, Collection<String> usedSlugs) {
        return addable(request, usedSlugs).stream().filter(m -> m.block() == block).toList();
    }

    /** Movements that could be added: allowed, suited to the time of day, not already used; in catalog order. */
    public List<Movement> addable(RoutineRequest request, Collection<String> usedSlugs) {
        return movements.stream()
                .filter(m -> !usedSlugs.contains(m.slug()) && Eligibility.allowed(m, request)
                        && suits(m, request.slot()))
                .toList();
    }

    /** The dose a routine starts this movement at, at this time of day. */
    public static Dose baseDose(Movement movement, Slot slot) {
        return Doses.base(movement, SlotCharacter.of(slot));
    }

    /** The one-line "why it is here" for a movement in a routine of this slot (message key). */
    public static String reasonKey(Movement movement, RoutineRequest request, boolean main) {
        SlotCharacter character = SlotCharacter.of(request.slot());
        if (character.isAnchor(movement.slug())) {
            return character.lateAnchors().contains(movement.slug()) ? "routine.reason.postureReset"
                    : character.anchorReasonKey();
        }
        if (main) {
            return "routine.reason.main";
        }
        if (Sequencing.goesLast(movement)) {
            return "routine.reason.extensionLast";
        }
        if (request.focus() != null && request.focus().matches(movement)) {
            return "routine.reason.focus." + request.focus().name();
        }
        return "routine.reason.block." + movement.block().name();
    }

    // --- choosing -------------------------------------------------------------------------------------------

    private void anchor(Plan plan, Map<Block, List<Movement>> pools, String slug) {
        Movement movement = bySlug.get(slug);
        if (movement != null && Eligibility.allowed(movement, plan.request) && plan.canAdd(movement)) {
            plan.add(movement, true, false);
            pools.get(movement.block()).remove(movement);
        }
    }

    /**
     * Each block's allowed movements for the slot, best first: tagged for the slot, then matching the focus, each
     * tier in a seeded order. One random stream per block, so adding a movement to one block never reshuffles another.
     */
    private Map<Block, List<Movement>> pools(RoutineRequest request, long seed) {
        Map<Block, List<Movement>> pools = new EnumMap<>(Block.class);
        for (Block block : Block.values()) {
            pools.put(block, pool(request, seed, block));
        }
        return pools;
    }

    private List<Movement> pool(RoutineRequest request, long seed, Block block) {
        List<Movement> inBlock = new ArrayList<>();
        for (Movement movement : movements) {
            if (movement.block() == block && Eligibility.allowed(movement, request)
                    && suits(movement, request.slot())) {
                inBlock.add(movement);
            }
        }
        SplittableRandom random = Variety.stream(seed, block.ordinal());
        Variety.shuffle(inBlock, 0, inBlock.size(), random);
        // A stable sort keeps the seeded order within each tier: tagged for the slot before the rest, matching the
        // focus before the rest.
        Focus focus = request.focus();
        inBlock.sort(Comparator.comparingInt(m -> (m.slots().contains(request.slot()) ? 0 : 2)
                + (focus == null || focus.matches(m) ? 0 : 1)));
        return inBlock;
    }

    /**
     * Whether the builder may pick this movement at this time of day. Movements the catalog tags for the time of
     * day come first; in the morning and at midday others may fill a block the slot gives a share of its time to
     * (no stretch is tagged for the morning: StretchMed's morning sequence is all dynamic). The evening keeps
     * strictly to its own movements, so a wind-down never turns into marching on the spot.
     */
    public boolean suits(Movement movement, Slot slot) {
        if (movement.slots().contains(slot)) {
            return true;
        }
        return slot != Slot.EVENING && SlotCharacter.of(slot).weight(movement.block(), null) > 0;
    }

    /**
     * The day's main stretch for this slot: the first stretch in the slot's order that no earlier session of the
     * day has as its main stretch and that no session has as an anchor. Only when the catalog leaves no other
     * choice is one repeated.
     */
    private Movement mainStretch(RoutineRequest request, long seed) {
        Set<String> taken = new HashSet<>();
        for (Slot slot : Slot.values()) {
            taken.addAll(SlotCharacter.of(slot).anchors());
            taken.addAll(SlotCharacter.of(slot).lateAnchors());
        }
        for (Slot slot : Slot.values()) {
            List<Movement> pool = pool(request.withSlot(slot, request.minutes()), seed, Block.STRETCH);
            SlotCharacter character = SlotCharacter.of(slot);
            Movement pick = pool.stream().filter(m -> !taken.contains(m.slug())).findFirst()
                    .orElse(pool.stream().filter(m -> !character.isAnchor(m.slug())).findFirst().orElse(null));
            if (slot == request.slot()) {
                return pick;
            }
            if (pick != null) {
                taken.add(pick.slug());
            }
        }
        return null;
    }

    /** Add movements to the block furthest below its share until the time asked is reached. */
    private static void fill(Plan plan, Map<Block, List<Movement>> pools, boolean anyBlock) {
        int target = plan.request.seconds();
        Map<Block, Double> shares = shares(plan, pools, anyBlock);
        while (plan.total < target) {
            Block best = null;
            Movement bestMovement = null;
            double bestDeficit = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Block, Double> share : shares.entrySet()) {
                Block block = share.getKey();
                Movement candidate = firstThatFits(plan, pools.get(block));
                if (candidate == null) {
                    continue;
                }
                double deficit = share.getValue() * target - plan.seconds(block);
                if (deficit > bestDeficit) {
                    bestDeficit = deficit;
                    best = block;
                    bestMovement = candidate;
                }
            }
            if (best == null) {
                return;
            }
            plan.add(bestMovement, false, false);
            pools.get(best).remove(bestMovement);
        }
    }

    /** Each block's share of the time, over the blocks that have something left to offer. */
    private static Map<Block, Double> shares(Plan plan, Map<Block, List<Movement>> pools, boolean anyBlock) {
        Map<Block, Double> shares = new LinkedHashMap<>();
        double sum = 0;
        for (Block block : Block.values()) {
            int weight = plan.character.weight(block, plan.request.focus());
            if (anyBlock && weight == 0) {
                weight = 1;
            }
            if (weight > 0 && (!pools.get(block).isEmpty() || plan.seconds(block) > 0)) {
                shares.put(block, (double) weight);
                sum += weight;
            }
        }
        for (Map.Entry<Block, Double> share : shares.entrySet()) {
            share.setValue(share.getValue() / sum);
        }
        return shares;
    }

    private static Movement firstThatFits(Plan plan, List<Movement> pool) {
        for (Movement movement : pool) {
            if (plan.canAdd(movement)) {
                return movement;
            }
        }
        return null;
    }

    /** Grow doses one small step at a time, item by item, while the total stays within the limit. */
    private static void grow(Plan plan, int limit) {
        boolean grew = true;
        while (grew && plan.total < limit) {
            grew = false;
            for (Pick pick : plan.picks) {
                Dose bigger = Doses.grow(pick.movement, pick.dose, plan.character);
                if (bigger == null) {
                    continue;
                }
                int seconds = Timing.seconds(pick.movement, bigger);
                boolean warmUpTooLong = pick.movement.block() == Block.WARM_UP
                        && plan.seconds(Block.WARM_UP) - pick.seconds + seconds > WARM_UP_MAX_SECONDS;
                if (plan.total - pick.seconds + seconds <= limit && !warmUpTooLong) {
                    plan.total += seconds - pick.seconds;
                    plan.blockSeconds[pick.movement.block().ordinal()] += seconds - pick.seconds;
                    pick.dose = bigger;
                    pick.seconds = seconds;
                    grew = true;
                    if (plan.total >= limit) {
                        return;
                    }
                }
            }
        }
    }

    private static List<String> notices(Plan plan, RoutineRequest request) {
        List<String> notices = new ArrayList<>();
        if (plan.total < lowSeconds(request.minutes())) {
            notices.add("routine.notice.tooLittle");
        }
        if (!request.cautions().isEmpty()) {
            notices.add("routine.notice.cautions");
        }
        if (request.place() == Place.HOME && plan.seconds(Block.RELEASE) == 0 && request.minutes() >= 10
                && !request.equipment().contains(Equipment.MASSAGE_BALL)
                && !request.equipment().contains(Equipment.FOAM_ROLLER)) {
            notices.add("routine.notice.releaseNeedsTool");
        }
        return notices;
    }

    // --- the routine being built ----------------------------------------------------------------------------

    private static final class Pick {
        final Movement movement;
        final int anchorRank;
        final boolean main;
        final boolean late;
        Dose dose;
        int seconds;

        Pick(Movement movement, Dose dose, int anchorRank, boolean late, boolean main) {
            this.late = late;
            this.movement = movement;
            this.dose = dose;
            this.seconds = Timing.seconds(movement, dose);
            this.anchorRank = anchorRank;
            this.main = main;
        }
    }

    private static final class Plan {
        final RoutineRequest request;
        final SlotCharacter character;
        final int high;
        final List<Pick> picks = new ArrayList<>();
        final List<Movement> pickedMovements = new ArrayList<>();
        final Set<String> used = new HashSet<>();
        final int[] blockSeconds = new int[Block.values().length];
        int total;

        Plan(RoutineRequest request, SlotCharacter character) {
            this.request = request;
            this.character = character;
            this.high = highSeconds(request.minutes());
        }

        int seconds(Block block) {
            return blockSeconds[block.ordinal()];
        }

        /** Not yet in, fits the time at its starting dose, and keeps extension after the other stretch work. */
        boolean canAdd(Movement movement) {
            int seconds = Timing.seconds(movement, Doses.base(movement, character));
            return !used.contains(movement.slug())
                    && total + seconds <= high
                    && (movement.block() != Block.WARM_UP || seconds(Block.WARM_UP) + seconds <= WARM_UP_MAX_SECONDS)
                    // Within a block extension last is a matter of order (toRoutine); across blocks (an extension
                    // in the stretch block, a rotation in the mobility block after it) the second one is left out.
                    && !Sequencing.breaksExtensionLast(pickedMovements, movement);
        }

        void add(Movement movement, boolean anchor, boolean main) {
            Pick pick = new Pick(movement, Doses.base(movement, character),
                    anchor ? character.anchorRank(movement.slug()) : -1,
                    character.lateAnchors().contains(movement.slug()), main);
            picks.add(pick);
            pickedMovements.add(movement);
            used.add(movement.slug());
            total += pick.seconds;
            blockSeconds[movement.block().ordinal()] += pick.seconds;
        }

        /**
         * Blocks in the articles' order. Inside a block: the slot's anchors in their sequence, then the main
         * stretch, then the rest in the order the articles teach, then what was added "when time allows"
         * (the posture reset ends the evening), extension last in the stretch work.
         */
        Routine toRoutine(List<String> notices) {
            Map<Block, List<Pick>> byBlock = new EnumMap<>(Block.class);
            for (Pick pick : picks) {
                byBlock.computeIfAbsent(pick.movement.block(), b -> new ArrayList<>()).add(pick);
            }
            Comparator<Pick> order = Comparator
                    .comparingInt((Pick p) -> Sequencing.goesLast(p.movement) ? 1 : 0)
                    .thenComparingInt(p -> p.late ? 1 : 0)
                    .thenComparingInt(p -> p.anchorRank >= 0 ? p.anchorRank : Integer.MAX_VALUE)
                    .thenComparingInt(p -> p.main ? 0 : 1)
                    .thenComparingInt(p -> p.movement.sortOrder())
                    .thenComparing(p -> p.movement.slug());
            List<RoutineBlock> blocks = new ArrayList<>();
            for (Map.Entry<Block, List<Pick>> entry : byBlock.entrySet()) {
                List<RoutineItem> items = entry.getValue().stream().sorted(order)
                        .map(p -> new RoutineItem(p.movement, p.dose, p.seconds,
                                reasonKey(p.movement, request, p.main)))
                        .toList();
                blocks.add(new RoutineBlock(entry.getKey(), items));
            }
            return new Routine(request, blocks, notices);
        }
    }
}
