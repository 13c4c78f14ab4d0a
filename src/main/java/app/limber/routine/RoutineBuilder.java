package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.SessionRules;
import app.limber.catalog.Slot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds a session from the catalog, the session rules and the user's choices. Plain Java, no Spring or JPA: this
 * is where the rules of {@code docs/routine-rules.md} live.
 *
 * <p>How a routine comes together:
 * <ol>
 *   <li>Only movements that break none of the {@link Eligibility} rules and {@link #suits suit} the time of
 *   day are considered. Each block's candidates are ordered: tagged for the time of day first, then matching the
 *   focus, and within those tiers in a seeded order that changes from day to day.</li>
 *   <li>Each block aims for its share of the time asked ({@link SlotRules#share}, from the session rules
 *   table); the warm-up for its share give or take 10 %, at most StretchMed's ten minutes ({@link WarmUp}).</li>
 *   <li>The slot's anchors come first (the morning sequence, the desk break, the evening wind-down), then the
 *   day's main stretch, chosen so the three sessions of one day do not share it where the catalog allows; then
 *   the warm-up is filled to its share.</li>
 *   <li>Until the time asked is reached (never past 10 % over it), the block furthest below its share takes one
 *   more step, none taking a block far past its share: a movement already in it grows within its article's
 *   range, then takes the sets its article gives, then (a stretch held once) a second round; only then does
 *   another movement join the block.</li>
 *   <li>While the time is still short by more than 10 %: the blocks without a share, then movements the time of
 *   day does not usually take ({@link #fillsIn}), then a longer warm-up; if even that cannot fill it, the
 *   routine says so ({@link Routine#SHORT_NOTICE}).</li>
 *   <li>Stretching is kept the largest block while the time allows.</li>
 *   <li>Inside each block the movements are grouped by body position ({@link Positions}), so the person changes
 *   position as few times as block order, anchor order and extension-last allow.</li>
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

    /** Why a movement the time of day does not usually take is in: its own movements cannot fill the time. */
    public static final String FILL_IN_REASON = "routine.reason.fillIn";

    private final List<Movement> movements;
    private final Map<String, Movement> bySlug;
    private final SessionRules rules;
    private final Eligibility eligibility;
    private final Map<Slot, SlotRules> slots = new EnumMap<>(Slot.class);
    /** The rules' answers for each movement, looked up while building: they are asked thousands of times. */
    private final MovementFacts facts;

    /**
     * @param movements the catalog (any order; it is sorted into catalog order so seeds give stable results)
     * @param rules     the session rules (block shares, what each time of day and a desk leave out)
     */
    public RoutineBuilder(Collection<Movement> movements, SessionRules rules) {
        this.movements = movements.stream().sorted(Movement.CATALOG_ORDER).toList();
        this.bySlug = this.movements.stream()
                .collect(Collectors.toUnmodifiableMap(Movement::slug, Function.identity()));
        this.rules = rules;
        this.eligibility = new Eligibility(rules);
        for (Slot slot : Slot.values()) {
            slots.put(slot, new SlotRules(slot, rules));
        }
        this.facts = new MovementFacts(this.movements, eligibility, this::suits, this::fillsIn);
    }

    public List<Movement> movements() {
        return movements;
    }

    public Optional<Movement> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public SessionRules rules() {
        return rules;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    public SlotRules slotRules(Slot slot) {
        return slots.get(slot);
    }

    /** The lowest planned total that counts as fitting the time asked. */
    public static int lowSeconds(int minutes) {
        return (int) Math.ceil(minutes * 60 * (1 - TOLERANCE));
    }

    /** The highest planned total that counts as fitting the time asked. */
    public static int highSeconds(int minutes) {
        return (int) Math.floor(minutes * 60 * (1 + TOLERANCE));
    }

    /** While the shares are kept, a block may go this much past its share (or {@link #BLOCK_SLACK_SECONDS}). */
    static final double BLOCK_SLACK = 0.25;
    static final int BLOCK_SLACK_SECONDS = 30;

    /**
     * Getting ready and moving from one movement to the next (get-ready + transition, {@link Timing}) may take at
     * most this share of the routine, while the time asked can be filled otherwise: a short session then grows the
     * doses of the movements it has, within their articles' ranges, rather than add one more movement with its
     * 10 to 20 s of getting there (a trip down to the floor and back). Limber's choice; no article gives a figure.
     */
    static final double GET_READY_SHARE = 0.20;

    /** StretchMed: a good warm-up lasts five to ten minutes. */
    public static final int WARM_UP_MIN_SECONDS = 300;

    /**
     * How long the warm-up of a routine should be: its share of the time asked (Limber's) give or take 10 %, and
     * StretchMed's five to ten minutes as soon as that share reaches five minutes (from a 20-minute session with a
     * quarter). Where no warm-up movement is allowed, nothing.
     *
     * @param aim  the share, at most ten minutes
     * @param low  the least the warm-up takes when its movements allow it
     * @param high the most it takes, unless the routine would otherwise fall short
     */
    public record WarmUp(int aim, int low, int high) {

        static WarmUp of(double share) {
            int aim = (int) Math.min(WARM_UP_MAX_SECONDS, Math.round(share));
            int low = (int) Math.floor(aim * (1 - TOLERANCE));
            if (aim >= WARM_UP_MIN_SECONDS) {
                low = Math.max(WARM_UP_MIN_SECONDS, low);
            }
            return new WarmUp(aim, low, (int) Math.min(WARM_UP_MAX_SECONDS, Math.floor(aim * (1 + TOLERANCE))));
        }
    }

    /** The warm-up this request should have. */
    public WarmUp warmUp(RoutineRequest request) {
        return WarmUp.of(targets(request, slotRules(request.slot()),
                pools(facts.forRequest(request), request, Variety.seed(request)))[Block.WARM_UP.ordinal()]);
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
        MovementFacts.ForRequest allowed = facts.forRequest(request);
        Routine routine = build(request, allowed, Set.of());
        if (!routine.fallsShort()) {
            return routine;
        }
        // Short, with an extension stretch in that keeps a joint mobility movement out (extension-last): the same
        // request without the extension stretches may fill more (the evening at a desk with everything at hand:
        // the chest opener over the ball keeps out the seated rotation, 195 s). The fuller of the two, where the
        // other one holds a movement the extension stretches kept out and keeps stretching the largest block if
        // this one has it (Limber's choice).
        Set<String> extensions = new HashSet<>();
        Set<String> keptOut = new HashSet<>();
        List<Movement> in = routine.items().stream().map(RoutineItem::movement).toList();
        for (Movement movement : in) {
            if (movement.block() == Block.STRETCH && Sequencing.goesLast(movement)) {
                extensions.add(movement.slug());
            }
        }
        for (Movement movement : movements) {
            if (!extensions.isEmpty() && !in.contains(movement) && allowed.allowed(movement, request.slot())
                    && facts.fillsIn(movement, request.slot()) && Sequencing.breaksExtensionLast(in, movement)) {
                keptOut.add(movement.slug());
            }
        }
        if (keptOut.isEmpty()) {
            return routine;
        }
        Routine without = build(request, allowed, extensions);
        boolean holdsOne = without.items().stream().anyMatch(i -> keptOut.contains(i.movement().slug()));
        boolean fuller = without.seconds() > routine.seconds();
        return holdsOne && fuller && (!stretchingLargest(routine) || stretchingLargest(without)) ? without : routine;
    }

    /** The stretch block is longer than every other block. */
    private static boolean stretchingLargest(Routine routine) {
        int stretch = routine.blocks().stream().filter(b -> b.block() == Block.STRETCH)
                .mapToInt(RoutineBlock::seconds).sum();
        return stretch > 0 && routine.blocks().stream().allMatch(b -> b.block() == Block.STRETCH || b.seconds() < stretch);
    }

    /** The routine for this request, never with the movements {@code leftOut} names. */
    private Routine build(RoutineRequest request, MovementFacts.ForRequest allowed, Set<String> leftOut) {
        long seed = Variety.seed(request);
        SlotRules slot = slotRules(request.slot());
        Map<Block, List<Movement>> pools = pools(allowed, request, seed);
        Plan plan = new Plan(request, allowed, slot, targets(request, slot, pools));
        // Never picked: as if already in (every choice skips what is in).
        plan.used.addAll(leftOut);

        SlotCharacter character = slot.character();
        for (String slug : character.anchors()) {
            anchor(plan, pools, slug);
        }
        for (String slug : character.lateAnchors()) {
            Movement late = bySlug.get(slug);
            if (late != null && allowed.allowed(late, request.slot()) && !plan.tooLongForLate(late)) {
                anchor(plan, pools, slug);
            }
        }
        Movement main = mainStretch(allowed, request, seed);
        if (main != null && plan.canPlace(main)) {
            plan.add(main, false, true, false);
            pools.get(main.block()).remove(main);
        }

        // The warm-up first, to its share (it comes first, and StretchMed wants it long enough); then every block
        // towards its share; each later phase only when the ones before leave the time short.
        // Twice: a movement taken out again for its place (Plan.add) may fit once the routine around it is
        // complete, each movement's time depending on the one before it.
        // Getting ready is held to its share (GET_READY_SHARE) while the shares are kept and the blocks grow; only
        // a routine still short lifts it, before it borrows other times of day's movements.
        for (int round = 0; round < 2; round++) {
            if (round > 0) {
                pools = pools(allowed, request, seed);
                pools.values().forEach(pool -> pool.removeIf(m -> plan.used.contains(m.slug())));
            }
            warmUp(plan, pools.get(Block.WARM_UP), seed);
            plan.getReadyHeld = true;
            fill(plan, pools, Phase.SHAPE);
            fill(plan, pools, Phase.EVERY_BLOCK);
            plan.getReadyHeld = false;
            fill(plan, pools, Phase.EVERY_BLOCK);
            fill(plan, fillerPools(plan, seed), Phase.BORROWED);
            fill(plan, fillerPools(plan, seed), Phase.LONGER_WARM_UP);
            stretchLargest(plan, pools.get(Block.STRETCH), seed);
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
                .filter(m -> !usedSlugs.contains(m.slug()) && eligibility.allowed(m, request)
                        && suits(m, request.slot()))
                .toList();
    }

    /** The dose a routine starts this movement at, at this time of day. */
    public Dose baseDose(Movement movement, Slot slot) {
        return Doses.base(movement, slotRules(slot));
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
        SlotRules rules = slotRules(slot);
        return !rules.character().strictTags() && rules.share(movement.block(), null) > 0;
    }

    /**
     * Whether a movement may fill a session that its time of day's own movements leave short: any movement the
     * {@link Eligibility} rules allow, tagged for the time of day or not, except that the evening borrows no light
     * cardio (Limber's choice: a wind-down never turns into marching on the spot).
     */
    public boolean fillsIn(Movement movement, Slot slot) {
        return suits(movement, slot)
                || !(slotRules(slot).character().strictTags() && rules.isLightCardio(movement));
    }

    // --- choosing -------------------------------------------------------------------------------------------

    /** How far a fill may go, each phase only when the ones before leave the time short. */
    enum Phase {
        /** The time of day's own movements, each block towards its share, the warm-up within its share. */
        SHAPE,
        /** Also the blocks without a share, and what is added "when time allows" whatever its length. */
        EVERY_BLOCK,
        /** Also movements the time of day does not take ({@link #fillsIn}). */
        BORROWED,
        /** Also the warm-up past its share, up to its ten minutes. */
        LONGER_WARM_UP
    }

    private void anchor(Plan plan, Map<Block, List<Movement>> pools, String slug) {
        Movement movement = bySlug.get(slug);
        if (movement != null && plan.allowed.allowed(movement, plan.request.slot()) && plan.canPlace(movement)) {
            plan.add(movement, true, false, false);
            pools.get(movement.block()).remove(movement);
        }
    }

    /**
     * Each block's allowed movements for the slot, best first: tagged for the slot, then matching the focus, each
     * tier in a seeded order. One random stream per block, so adding a movement to one block never reshuffles another.
     */
    private Map<Block, List<Movement>> pools(MovementFacts.ForRequest allowed, RoutineRequest request, long seed) {
        Map<Block, List<Movement>> pools = new EnumMap<>(Block.class);
        for (Block block : Block.values()) {
            pools.put(block, pool(allowed, request, seed, block));
        }
        return pools;
    }

    private List<Movement> pool(MovementFacts.ForRequest allowed, RoutineRequest request, long seed, Block block) {
        return pool(allowed, request, seed, block, m -> facts.suits(m, request.slot()));
    }

    /** Every block's movements that may fill in when the time of day's own leave the session short, not yet used. */
    private Map<Block, List<Movement>> fillerPools(Plan plan, long seed) {
        Map<Block, List<Movement>> pools = new EnumMap<>(Block.class);
        Slot slot = plan.request.slot();
        for (Block block : Block.values()) {
            pools.put(block, pool(plan.allowed, plan.request, seed, block,
                    m -> !plan.used.contains(m.slug()) && facts.fillsIn(m, slot)));
        }
        return pools;
    }

    private List<Movement> pool(MovementFacts.ForRequest allowed, RoutineRequest request, long seed, Block block,
                                Predicate<Movement> suitable) {
        List<Movement> inBlock = new ArrayList<>();
        for (Movement movement : movements) {
            if (movement.block() == block && allowed.allowed(movement, request.slot()) && suitable.test(movement)) {
                inBlock.add(movement);
            }
        }
        SplittableRandom random = Variety.stream(seed, block.ordinal());
        Variety.shuffle(inBlock, 0, inBlock.size(), random);
        // A stable sort keeps the seeded order within each tier: tagged for the slot before the rest, matching the
        // focus before the rest.
        inBlock.sort(Comparator.comparingInt(m -> tier(m, request)));
        return inBlock;
    }

    private int tier(Movement movement, RoutineRequest request) {
        return facts.tier(movement, request.slot(), request.focus());
    }

    /**
     * What each block aims for, in seconds: the warm-up its share of the time asked, at most ten minutes; the
     * other blocks that have something allowed share the rest by their shares. A block with nothing allowed aims
     * for nothing.
     */
    private static double[] targets(RoutineRequest request, SlotRules slot, Map<Block, List<Movement>> pools) {
        double[] targets = new double[Block.values().length];
        int asked = request.seconds();
        double warmUp = pools.get(Block.WARM_UP).isEmpty() ? 0
                : Math.min(WARM_UP_MAX_SECONDS, asked * slot.share(Block.WARM_UP, request.focus()) / 100.0);
        targets[Block.WARM_UP.ordinal()] = warmUp;
        double sum = 0;
        for (Block block : Block.values()) {
            if (block != Block.WARM_UP && !pools.get(block).isEmpty()) {
                sum += slot.share(block, request.focus());
            }
        }
        for (Block block : Block.values()) {
            if (block != Block.WARM_UP && !pools.get(block).isEmpty() && sum > 0) {
                targets[block.ordinal()] = (asked - warmUp) * slot.share(block, request.focus()) / sum;
            }
        }
        return targets;
    }

    /**
     * The day's main stretch for this slot: the first stretch in the slot's order that no earlier session of the
     * day has as its main stretch and that no session has as an anchor, and no extension (which would keep every
     * later flexion and rotation out). Only when the catalog leaves no other choice is one repeated.
     */
    private Movement mainStretch(MovementFacts.ForRequest allowed, RoutineRequest request, long seed) {
        Set<String> taken = new HashSet<>();
        for (Slot slot : Slot.values()) {
            taken.addAll(SlotCharacter.of(slot).anchors());
            taken.addAll(SlotCharacter.of(slot).lateAnchors());
        }
        for (Slot slot : Slot.values()) {
            List<Movement> pool = new ArrayList<>(pool(allowed, request.withSlot(slot, request.minutes()), seed,
                    Block.STRETCH));
            // Stable: extension moves after the rest, each in its seeded order.
            pool.sort(Comparator.comparingInt(m -> Sequencing.isExtension(m) ? 1 : 0));
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

    /**
     * Until the time asked is reached, the block furthest below its aim takes its next step. In the second phase
     * every allowed block may take steps, blocks without a share too, and the warm-up last of all.
     */
    private void fill(Plan plan, Map<Block, List<Movement>> pools, Phase phase) {
        int asked = plan.request.seconds();
        if (phase != Phase.SHAPE && plan.total >= lowSeconds(plan.request.minutes())) {
            return;
        }
        // Taken out again for its place (Plan.add): tried again once the routine has changed.
        List<Movement> deferred = new ArrayList<>();
        // Once the shares are kept and the time is still short, the step that adds least getting ready goes first
        // (a dose grows before a movement joins, one on a level the routine has before a trip to the floor), then
        // the block furthest below its share. Limber's choice, with GET_READY_SHARE.
        boolean leastGetReadyFirst = phase == Phase.EVERY_BLOCK || phase == Phase.BORROWED;
        while (plan.total < asked) {
            Step best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Block block : Block.values()) {
                double target = plan.targets[block.ordinal()];
                if (!plan.slot.allowed(block) || (phase == Phase.SHAPE && target <= 0)) {
                    continue;
                }
                Step step = nextStep(plan, pools.get(block), block, phase);
                if (step == null) {
                    continue;
                }
                double score = target - plan.seconds(block)
                        - (leastGetReadyFirst ? 1e6 * plan.getReadyAdded(step) : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = step;
                }
            }
            if (best == null) {
                // Back into the pools for the phases after this one (getting ready no longer held, say).
                deferred.forEach(m -> pools.get(m.block()).add(m));
                return;
            }
            if (best.grown != null) {
                plan.grow(best.pick, best.grown);
            } else {
                pools.get(best.movement.block()).remove(best.movement);
                if (!plan.add(best.movement, false, false, !facts.suits(best.movement, plan.request.slot()),
                        plan.warmUpCap(phase))) {
                    deferred.add(best.movement);
                    continue;
                }
            }
            deferred.forEach(m -> pools.get(m.block()).add(m));
            deferred.clear();
        }
    }

    /**
     * Stretching is the largest block: where another block has come out longer (a long anchor, a block whose
     * movements come in big pieces), the stretches take more steps while the time allows.
     */
    private void stretchLargest(Plan plan, List<Movement> own, long seed) {
        steps(plan, Block.STRETCH, own, seed, Phase.EVERY_BLOCK,
                // Strictly: a tie with another block is not "the largest" (it left 124 in 251,904 sampled routines).
                () -> plan.largestOtherBlock() >= plan.seconds(Block.STRETCH));
    }

    /**
     * Warm-up steps until the warm-up reaches its aim, none taking it past its window. Where the time of day's own
     * warm-up movements are too few (the evening has two), it borrows others, never light cardio at night:
     * StretchMed warms up before any stretching.
     */
    private void warmUp(Plan plan, List<Movement> own, long seed) {
        steps(plan, Block.WARM_UP, own, seed, Phase.SHAPE, () -> plan.seconds(Block.WARM_UP) < plan.warmUp.aim());
    }

    /** Steps of one block while {@code more} says so: the time of day's own movements first, then borrowed ones. */
    private void steps(Plan plan, Block block, List<Movement> own, long seed, Phase phase, BooleanSupplier more) {
        List<Movement> borrowed = null;
        // Taken out again for its place (Plan.add): tried again once the routine has changed.
        List<Movement> deferredOwn = new ArrayList<>();
        List<Movement> deferredBorrowed = new ArrayList<>();
        while (more.getAsBoolean()) {
            Step step = nextStep(plan, own, block, phase);
            if (step == null) {
                if (borrowed == null) {
                    borrowed = fillerPools(plan, seed).get(block);
                }
                step = nextStep(plan, borrowed, block, phase);
            }
            if (step == null) {
                own.addAll(deferredOwn);
                return;
            }
            if (step.grown != null) {
                plan.grow(step.pick, step.grown);
            } else {
                boolean fromOwn = own.remove(step.movement);
                if (borrowed != null) {
                    borrowed.remove(step.movement);
                }
                if (!plan.add(step.movement, false, false, !facts.suits(step.movement, plan.request.slot()),
                        plan.warmUpCap(phase))) {
                    (fromOwn ? deferredOwn : deferredBorrowed).add(step.movement);
                    continue;
                }
            }
            own.addAll(deferredOwn);
            deferredOwn.clear();
            if (borrowed != null) {
                borrowed.addAll(deferredBorrowed);
            }
            deferredBorrowed.clear();
        }
        own.addAll(deferredOwn);
    }

    /** One step of a block: a pick grown to a new dose, or a movement added. */
    record Step(Pick pick, Dose grown, Movement movement) {
    }

    /**
     * The block's next step that fits: a movement in it grows within its range, else takes one of its article's
     * sets, else a second round (round-robin over the block's movements at each stage); only then another movement.
     */
    private Step nextStep(Plan plan, List<Movement> pool, Block block, Phase phase) {
        List<Pick> picks = plan.byBlock.get(block);
        int n = picks.size();
        for (int stage = 0; stage < 3; stage++) {
            for (int i = 0; i < n; i++) {
                Pick pick = picks.get((plan.cursor[block.ordinal()] + i) % n);
                Dose bigger = switch (stage) {
                    case 0 -> Doses.growRange(pick.movement, pick.dose, plan.slot);
                    case 1 -> Doses.growSets(pick.movement, pick.dose);
                    default -> Doses.secondRound(pick.movement, pick.dose);
                };
                if (bigger != null && plan.fits(block, pick.growth(bigger), phase)) {
                    return new Step(pick, bigger, null);
                }
            }
        }
        Movement next = choose(plan, pool, phase);
        return next == null ? null : new Step(null, null, next);
    }

    /**
     * The movement a block takes next: among the candidates of the best tier that fit, one done in a position the
     * routine already has (or at least on the same level, floor or not), else the first in the seeded order. An
     * extension stretch comes after the others of its tier: once in, it keeps every flexion and rotation of the
     * mobility block out.
     */
    private Movement choose(Plan plan, List<Movement> pool, Phase phase) {
        Movement best = null;
        int bestTier = Integer.MAX_VALUE;
        int bestPenalty = Integer.MAX_VALUE;
        // The pool is in tier order, save movements taken out again for their place and put back at its end.
        for (Movement movement : pool) {
            int tier = tier(movement, plan.request);
            if (tier > bestTier || !plan.canAdd(movement, phase)) {
                continue;
            }
            int penalty = plan.positionPenalty(movement.position())
                    + (Sequencing.isExtension(movement) && movement.block() == Block.STRETCH ? 3 : 0);
            if (tier < bestTier || penalty < bestPenalty) {
                best = movement;
                bestTier = tier;
                bestPenalty = penalty;
            }
        }
        return best;
    }

    private static List<String> notices(Plan plan, RoutineRequest request) {
        List<String> notices = new ArrayList<>();
        if (plan.total < lowSeconds(request.minutes())) {
            notices.add(Routine.SHORT_NOTICE);
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
}
