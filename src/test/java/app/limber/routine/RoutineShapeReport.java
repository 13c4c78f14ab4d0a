package app.limber.routine;

import app.limber.LimberApplication;
import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Catalog;
import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the sessions look like over every combination the routine form allows: slot x minutes 5-45 x place x every
 * equipment subset x every caution subset (no focus), on the real catalog, for one date. Prints how many land
 * within ±10 % of the time asked, how many carry the "too little" notice, the warm-up's share, whether stretching
 * is the largest block, cardio warm-ups at a desk, position changes per routine and the get-ready + transition
 * share. A program that prints figures, not a test: {@code ./mvnw verify} never runs it.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=app.limber.routine.RoutineShapeReport \
 *     -Dexec.classpathScope=test [-Dexec.args="full|classes|sample N|cases [catalog]"]
 * </pre>
 *
 * The application starts on a random port, or on {@code -Dreport.port=...}.
 * {@code full} builds all 8 million combinations (about 15 minutes on two busy cores); {@code classes} (the
 * default) takes one equipment subset for each distinct set of movements the equipment makes possible (the builder
 * sees nothing else of the equipment but its seed); {@code sample N} draws N of the 4,096 equipment subsets at
 * random (fixed seed) and builds every other combination with each: a uniform sample of the full space, so its
 * shares estimate the full run's (N = 128: 252,000 combinations). {@code cases} prints only issue 12's own cases. Each mode ends
 * with those cases. {@code catalog} also lists the catalog as the builder sees it.
 */
public final class RoutineShapeReport {

    /** StretchMed's light cardio: nothing for an office (issue 12). Named here only to count them. */
    static final Set<String> CARDIO = Set.of("marching-in-place", "heel-digs", "stationary-bike", "walking",
            "light-cardio");

    private RoutineShapeReport() {
    }

    public static void main(String[] args) {
        boolean full = args.length > 0 && args[0].equals("full");
        boolean dump = Arrays.asList(args).contains("catalog");
        Catalog catalog;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LimberApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                // Arguments, not default properties: they must win over application.properties' file database.
                .run("--spring.datasource.url=jdbc:h2:mem:shape;DB_CLOSE_DELAY=-1",
                        "--server.port=" + System.getProperty("report.port", "0"),
                        "--logging.level.root=WARN")) {
            catalog = context.getBean(Catalog.class);
        }
        if (dump) {
            catalog.movements().forEach(m -> System.out.println(describe(m)));
        }
        RoutineBuilder builder = ShapeSpace.builder(catalog);
        if (Arrays.asList(args).contains("cases")) {
            issueCases(builder);
            getReadyCases(builder);
            return;
        }
        int sample = args.length > 1 && args[0].equals("sample") ? Integer.parseInt(args[1]) : 0;
        List<RoutineRequest> space = full ? ShapeSpace.all(catalog.movements(), false)
                : sample > 0 ? ShapeSpace.sample(sample) : ShapeSpace.all(catalog.movements(), true);
        System.out.printf(Locale.ROOT, "catalog: %d movements; %s: %d combinations%n", catalog.movements().size(),
                full ? "every equipment subset" : sample > 0 ? sample + " equipment subsets drawn at random (seed 12)"
                        : "one equipment subset per distinct set of doable movements", space.size());
        Figures figures = new Figures(builder);
        space.parallelStream().forEach(request -> figures.add(builder.build(request)));
        figures.print();
        issueCases(builder);
    }

    /** The cases issue 12 names: its 48 combinations, and the sessions it describes. */
    static void issueCases(RoutineBuilder builder) {
        int miss = 0;
        int n = 0;
        for (Slot slot : Slot.values()) {
            for (int minutes : new int[] {5, 10, 20, 30}) {
                for (Place place : Place.values()) {
                    for (Set<Equipment> equipment : List.of(Set.<Equipment>of(), Set.of(Equipment.CHAIR))) {
                        Routine routine = builder.build(new RoutineRequest(slot, minutes, equipment, place, Set.of(),
                                null, InputSpace.DATE, 0));
                        n++;
                        if (routine.fallsShort() || routine.seconds() > RoutineBuilder.highSeconds(minutes)) {
                            miss++;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "issue 12's sample (slot x 5/10/20/30 min x place x none/chair): %d of %d "
                + "miss ±10%%%n", miss, n);
        for (Object[] c : new Object[][] {{Slot.EVENING, 10, Place.DESK}, {Slot.EVENING, 20, Place.DESK},
                {Slot.EVENING, 30, Place.DESK}, {Slot.MORNING, 20, Place.DESK}, {Slot.MORNING, 10, Place.HOME},
                {Slot.MIDDAY, 5, Place.DESK}, {Slot.EVENING, 20, Place.HOME}}) {
            Routine r = builder.build(new RoutineRequest((Slot) c[0], (Integer) c[1], Set.of(), (Place) c[2],
                    Set.of(), null, InputSpace.DATE, 0));
            System.out.printf(Locale.ROOT, "%s %d min %s, nothing ticked: %d s%s; warm-up %d%%, stretches %d%%, "
                            + "get-ready %d%%, %d position changes: %s%n", c[0], c[1], c[2], r.seconds(),
                    r.fallsShort() ? " (short)" : "", share(r, Block.WARM_UP), share(r, Block.STRETCH),
                    Math.round(100f * ShapeSpace.overheadSeconds(r) / r.seconds()), ShapeSpace.positionChanges(r),
                    r.items().stream().map(i -> i.movement().slug() + (i.secondRound() ? " x2" : "")).toList());
        }
    }

    /**
     * The sessions behind the largest get-ready share of the sampled run (five-minute floor sessions with a trip up
     * and down again), and the evening at a desk with everything ticked (the catalog's limit of §8).
     */
    static void getReadyCases(RoutineBuilder builder) {
        Set<Equipment> roller = EnumSet.of(Equipment.WALL_OR_DOORWAY, Equipment.TOWEL_OR_PILLOW, Equipment.CHAIR,
                Equipment.FOAM_ROLLER, Equipment.RESISTANCE_BAND, Equipment.SUSPENSION_TRAINER, Equipment.MASSAGE_BALL);
        Set<Equipment> bar = EnumSet.of(Equipment.WALL_OR_DOORWAY, Equipment.TOWEL_OR_PILLOW, Equipment.BAR,
                Equipment.CARDIO_MACHINE, Equipment.FOAM_ROLLER, Equipment.PEANUT);
        for (Object[] c : new Object[][] {{Slot.EVENING, 5, Place.HOME, roller, Set.of(Caution.NECK)},
                {Slot.EVENING, 5, Place.HOME, bar, Set.<Caution>of()},
                {Slot.EVENING, 6, Place.HOME, Set.of(), Set.<Caution>of()},
                {Slot.MORNING, 5, Place.HOME, Set.of(), Set.of(Caution.LOWER_BACK)},
                {Slot.MIDDAY, 5, Place.HOME, roller, Set.<Caution>of()},
                {Slot.MORNING, 7, Place.HOME, bar, Set.of(Caution.NECK)},
                {Slot.MORNING, 5, Place.HOME, EnumSet.of(Equipment.FOAM_ROLLER, Equipment.CHAIR),
                        Set.of(Caution.WRISTS_KNEES)},
                {Slot.EVENING, 5, Place.HOME, EnumSet.of(Equipment.FOAM_ROLLER, Equipment.CHAIR),
                        EnumSet.of(Caution.WRISTS_KNEES, Caution.LOWER_BACK)},
                {Slot.EVENING, 36, Place.DESK, EnumSet.allOf(Equipment.class), Set.<Caution>of()},
                {Slot.EVENING, 45, Place.DESK, EnumSet.allOf(Equipment.class), Set.<Caution>of()}}) {
            @SuppressWarnings("unchecked")
            Routine r = builder.build(new RoutineRequest((Slot) c[0], (Integer) c[1], (Set<Equipment>) c[3],
                    (Place) c[2], (Set<Caution>) c[4], null, InputSpace.DATE, 0));
            System.out.printf(Locale.ROOT, "%s %d min %s %s %s: %d s%s; get-ready %d s (%d%%), %d movements, "
                            + "%d floor trips: %s%n", c[0], c[1], c[2], c[3], c[4], r.seconds(),
                    r.fallsShort() ? " (short)" : "", ShapeSpace.overheadSeconds(r),
                    Math.round(100f * ShapeSpace.overheadSeconds(r) / r.seconds()), r.items().size(),
                    ShapeSpace.floorTrips(r), Figures.itemsInWords(r));
        }
    }

    private static int share(Routine routine, Block block) {
        return Math.round(100f * routine.blocks().stream().filter(b -> b.block() == block)
                .mapToInt(RoutineBlock::seconds).sum() / routine.seconds());
    }

    private static String describe(Movement m) {
        return String.format(Locale.ROOT, "%-38s %-13s %-8s %-13s %-9s slots=%s eq=%s ex=%s dose=%s pace=%s",
                m.slug(), m.block(), m.style(), m.position(), m.direction(), m.slots(), m.equipment(),
                m.excludedBy(), m.dosage(), m.pace());
    }

    /** Counters and distributions, filled from many threads. */
    static final class Figures {
        final RoutineBuilder builder;
        final AtomicLong total = new AtomicLong();
        final AtomicLong shortWithRoomLeft = new AtomicLong();
        final AtomicLong withSecondRound = new AtomicLong();
        final AtomicLong withFillIn = new AtomicLong();
        final java.util.Map<String, AtomicLong[]> shortBySlotAndPlace = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicLong within = new AtomicLong();
        final AtomicLong shortWithNotice = new AtomicLong();
        final AtomicLong shortSilent = new AtomicLong();
        final AtomicLong over = new AtomicLong();
        final AtomicLong stretchLargest = new AtomicLong();
        final AtomicLong withStretch = new AtomicLong();
        /** Stretching not the largest block, by why: all allowed stretches at their fullest cannot outweigh... */
        final AtomicLong notLargestCannotFill = new AtomicLong();
        /** ... they could, but no stretch step fits the ±10 % any more ... */
        final AtomicLong notLargestNoTime = new AtomicLong();
        /** ... or a stretch step still fits: the builder could have made stretching the largest and did not. */
        final AtomicLong notLargestWithRoom = new AtomicLong();
        final java.util.Map<String, AtomicLong> notLargestBy = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.Queue<String> notLargestExamples = new java.util.concurrent.ConcurrentLinkedQueue<>();
        /** Warm-ups above their window only by a transition another block's movement moved into them. */
        final AtomicLong warmUpOverByTransition = new AtomicLong();
        final AtomicLong warmUpOverByTransitionMost = new AtomicLong();
        final AtomicLong deskCardio = new AtomicLong();
        final AtomicLong deskRoutines = new AtomicLong();
        final AtomicLong deskWithoutChairMove = new AtomicLong();
        final Histogram warmUpShortSessions = new Histogram(101);  // percent, sessions under 15 min
        final Histogram warmUpLongSessions = new Histogram(1201);  // seconds, sessions of 15 min or more
        final Histogram warmUpShare = new Histogram(101);          // percent, all
        final Histogram positionChanges = new Histogram(64);
        final Histogram floorTrips = new Histogram(64);
        final Histogram overheadShare = new Histogram(101);        // percent
        /** Routines whose get-ready + transition share is above 20 %, by time of day, place and minutes. */
        final java.util.Map<String, AtomicLong> overheadAbove20By = new java.util.concurrent.ConcurrentHashMap<>();
        /** The routines with the largest get-ready + transition share: share, then the routine in words. */
        final java.util.concurrent.ConcurrentSkipListMap<String, String> overheadWorst =
                new java.util.concurrent.ConcurrentSkipListMap<>(java.util.Comparator.reverseOrder());
        final Histogram[] warmUpShareByBand = {new Histogram(101), new Histogram(101), new Histogram(101),
                new Histogram(101)};

        Figures(RoutineBuilder builder) {
            this.builder = builder;
        }

        void add(Routine routine) {
            RoutineRequest request = routine.request();
            int seconds = routine.seconds();
            total.incrementAndGet();
            AtomicLong[] counts = shortBySlotAndPlace.computeIfAbsent(request.slot() + " " + request.place(),
                    k -> new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong(99)});
            counts[0].incrementAndGet();
            if (seconds < RoutineBuilder.lowSeconds(request.minutes())) {
                counts[1].incrementAndGet();
                counts[2].accumulateAndGet(request.minutes(), Math::min);
                if (!RuleChecks.roomLeft(builder, routine, b -> true).isEmpty()) {
                    shortWithRoomLeft.incrementAndGet();
                }
            }
            if (routine.items().stream().anyMatch(RoutineItem::secondRound)) {
                withSecondRound.incrementAndGet();
            }
            if (routine.items().stream().anyMatch(i -> i.reasonKey().equals("routine.reason.fillIn"))) {
                withFillIn.incrementAndGet();
            }
            boolean notice = routine.noticeKeys().contains("routine.notice.tooLittle");
            if (seconds > RoutineBuilder.highSeconds(request.minutes())) {
                over.incrementAndGet();
            } else if (seconds < RoutineBuilder.lowSeconds(request.minutes())) {
                (notice ? shortWithNotice : shortSilent).incrementAndGet();
            } else {
                within.incrementAndGet();
            }
            int warmUp = blockSeconds(routine, Block.WARM_UP);
            int share = seconds == 0 ? 0 : Math.round(100f * warmUp / seconds);
            warmUpShare.add(share);
            int windowHigh = builder.warmUp(request).high();
            if (warmUp > windowHigh && RuleChecks.warmUpOnItsOwn(routine) <= windowHigh) {
                warmUpOverByTransition.incrementAndGet();
                warmUpOverByTransitionMost.accumulateAndGet(warmUp - windowHigh, Math::max);
            }
            warmUpShareByBand[band(request.minutes())].add(share);
            if (request.minutes() < 15) {
                warmUpShortSessions.add(share);
            } else {
                warmUpLongSessions.add(Math.min(1200, warmUp));
            }
            int stretch = blockSeconds(routine, Block.STRETCH);
            if (stretch > 0) {
                withStretch.incrementAndGet();
                boolean largest = routine.blocks().stream().allMatch(b -> b.block() == Block.STRETCH
                        || b.seconds() < stretch);
                if (largest) {
                    stretchLargest.incrementAndGet();
                } else {
                    whyNotLargest(routine, stretch);
                }
            }
            if (request.place() == Place.DESK) {
                deskRoutines.incrementAndGet();
                if (routine.items().stream().anyMatch(i -> CARDIO.contains(i.movement().slug()))) {
                    deskCardio.incrementAndGet();
                }
                if (request.slot() == Slot.MIDDAY && routine.items().stream()
                        .noneMatch(i -> i.movement().slug().equals("thoracic-extension-chair"))) {
                    deskWithoutChairMove.incrementAndGet();
                }
            }
            positionChanges.add(Math.min(63, ShapeSpace.positionChanges(routine)));
            floorTrips.add(Math.min(63, ShapeSpace.floorTrips(routine)));
            int overhead = ShapeSpace.overheadSeconds(routine);
            int overheadPercent = seconds == 0 ? 0 : Math.round(100f * overhead / seconds);
            overheadShare.add(overheadPercent);
            if (overheadPercent > 20) {
                overheadAbove20By.computeIfAbsent(String.format(Locale.ROOT, "%-8s %-5s %2d min%s", request.slot(),
                        request.place(), request.minutes(), request.cautions().isEmpty() ? "" : " cautions"),
                        k -> new AtomicLong()).incrementAndGet();
                // Keyed by share and per mille, then the request, so the map keeps the worst distinct ones.
                overheadWorst.put(String.format(Locale.ROOT, "%04d %s", Math.round(1000f * overhead / seconds),
                        RuleChecks.describe(request)), overhead + " of " + seconds + " s: " + itemsInWords(routine));
                while (overheadWorst.size() > 12) {
                    overheadWorst.pollLastEntry();
                }
            }
        }

        /** The routine's movements in order, with position and seconds: what a worst case looks like. */
        static String itemsInWords(Routine routine) {
            return routine.items().stream().map(i -> i.movement().slug() + "[" + i.movement().position()
                    .name().toLowerCase(Locale.ROOT) + " " + i.seconds() + "s " + dose(i.dose()) + "]").toList()
                    .toString();
        }

        private static String dose(Dose d) {
            return (d.reps() != null ? d.reps() + "x" : "") + (d.holdSeconds() != null ? d.holdSeconds() + "s" : "")
                    + (d.durationSeconds() != null ? d.durationSeconds() + "s" : "") + (d.sets() > 1 ? " " + d.sets()
                    + " sets" : "") + (d.eachSide() ? " each side" : "");
        }

        /**
         * Why stretching is not the largest block: the stretches the request allows (suited to the time of day or
         * filling in), every one at its fullest dose, add up to no more than the largest other block; or they could,
         * but no stretch step fits the time any more (RuleChecks.roomLeft over the stretch block); or one still fits.
         */
        private void whyNotLargest(Routine routine, int stretch) {
            RoutineRequest request = routine.request();
            RoutineBlock other = routine.blocks().stream().filter(b -> b.block() != Block.STRETCH)
                    .max(java.util.Comparator.comparingInt(RoutineBlock::seconds)).orElseThrow();
            int largestOther = other.seconds();
            SlotRules slot = builder.slotRules(request.slot());
            int most = 0;
            for (Movement m : builder.movements()) {
                if (m.block() == Block.STRETCH && builder.eligibility().allowed(m, request)
                        && RuleChecks.fillsIn(builder, m, request.slot())) {
                    Dose dose = builder.baseDose(m, request.slot());
                    for (Dose bigger = Doses.grow(m, dose, slot); bigger != null;
                         bigger = Doses.grow(m, dose, slot)) {
                        dose = bigger;
                    }
                    most += Timing.seconds(m, dose);
                }
            }
            String why;
            if (most <= largestOther) {
                notLargestCannotFill.incrementAndGet();
                why = "cannot fill";
            } else if (RuleChecks.roomLeft(builder, routine, b -> b == Block.STRETCH).isEmpty()) {
                notLargestNoTime.incrementAndGet();
                why = "no time";
            } else {
                notLargestWithRoom.incrementAndGet();
                why = "room";
                if (notLargestExamples.size() < 8) {
                    notLargestExamples.add(RuleChecks.describe(request) + ": stretches " + stretch + " s, largest "
                            + "other " + largestOther + " s, " + RuleChecks.roomLeft(builder, routine,
                            b -> b == Block.STRETCH));
                }
            }
            String key = why + " | " + other.block() + (largestOther == stretch ? " (tie)" : "")
                    + (RuleChecks.slugs(routine).contains("posture-reset") ? " (posture reset)" : "") + " | "
                    + request.slot() + " " + request.place()
                    + (request.cautions().isEmpty() ? "" : " cautions") + (request.minutes() < 10 ? " 5-9 min"
                    : request.minutes() < 20 ? " 10-19 min" : " 20-45 min");
            notLargestBy.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }

        private static int band(int minutes) {
            return minutes < 10 ? 0 : minutes < 15 ? 1 : minutes < 25 ? 2 : 3;
        }

        void print() {
            long n = total.get();
            System.out.printf(Locale.ROOT, "within ±10%%: %d of %d (%.1f%%); short with the notice: %d; short "
                    + "without it: %d; over: %d%n", within.get(), n, 100.0 * within.get() / n, shortWithNotice.get(),
                    shortSilent.get(), over.get());
            System.out.printf(Locale.ROOT, "short although the catalog had room left (see RuleChecks.roomLeft): %d%n",
                    shortWithRoomLeft.get());
            new java.util.TreeMap<>(shortBySlotAndPlace).forEach((key, c) -> System.out.printf(Locale.ROOT,
                    "short at %-13s %d of %d%s%n", key, c[1].get(), c[0].get(),
                    c[1].get() > 0 ? " (from " + c[2].get() + " min)" : ""));
            System.out.printf(Locale.ROOT, "routines with a second round of a stretch: %d; with a movement borrowed "
                    + "from another time of day: %d%n", withSecondRound.get(), withFillIn.get());
            System.out.println("warm-up share, % of the session (all):      " + warmUpShare.summary());
            String[] bands = {"5-9 min", "10-14 min", "15-24 min", "25-45 min"};
            for (int b = 0; b < bands.length; b++) {
                System.out.printf(Locale.ROOT, "warm-up share, %% (%-9s):              %s%n", bands[b],
                        warmUpShareByBand[b].summary());
            }
            System.out.println("warm-up seconds, sessions of 15 min or more: " + warmUpLongSessions.summary());
            System.out.printf(Locale.ROOT, "warm-up above its window only by a transition moved into it: %d "
                    + "(at most %d s over)%n", warmUpOverByTransition.get(), warmUpOverByTransitionMost.get());
            System.out.printf(Locale.ROOT, "stretching the largest block: %d of %d routines with stretches (%.1f%%)%n",
                    stretchLargest.get(), withStretch.get(), 100.0 * stretchLargest.get() / withStretch.get());
            System.out.printf(Locale.ROOT, "  not the largest: the allowed stretches at their fullest cannot outweigh "
                    + "the largest other block: %d; they could, but no stretch step fits ±10 %% any more: %d; a "
                    + "stretch step still fits: %d%n", notLargestCannotFill.get(), notLargestNoTime.get(),
                    notLargestWithRoom.get());
            new java.util.TreeMap<>(notLargestBy).forEach((key, c) -> System.out.printf(Locale.ROOT,
                    "    %-45s %d%n", key, c.get()));
            notLargestExamples.forEach(e -> System.out.println("    e.g. " + e));
            System.out.printf(Locale.ROOT, "desk routines with a cardio warm-up (marching, heel digs...): %d of %d%n",
                    deskCardio.get(), deskRoutines.get());
            System.out.printf(Locale.ROOT, "midday desk routines without thoracic extension over the chair: %d%n",
                    deskWithoutChairMove.get());
            System.out.println("position changes per routine:               " + positionChanges.summary());
            System.out.println("trips down to or up from the floor:         " + floorTrips.summary());
            System.out.println("get-ready + transition share, %:            " + overheadShare.summary());
            System.out.printf(Locale.ROOT, "  above 20 %%: %d routines%n",
                    overheadAbove20By.values().stream().mapToLong(AtomicLong::get).sum());
            new java.util.TreeMap<>(overheadAbove20By).forEach((key, c) -> System.out.printf(Locale.ROOT,
                    "    %-32s %d%n", key, c.get()));
            overheadWorst.forEach((key, routine) -> System.out.printf(Locale.ROOT, "    worst %s.%s %% %s: %s%n",
                    key.substring(0, 3), key.substring(3, 4), key.substring(5), routine));
        }

        private static int blockSeconds(Routine routine, Block block) {
            return routine.blocks().stream().filter(b -> b.block() == block).mapToInt(RoutineBlock::seconds).sum();
        }
    }

    /** Counts of small whole numbers, thread-safe. */
    static final class Histogram {
        private final AtomicLong[] counts;

        Histogram(int size) {
            counts = new AtomicLong[size];
            Arrays.setAll(counts, i -> new AtomicLong());
        }

        void add(int value) {
            counts[Math.max(0, Math.min(counts.length - 1, value))].incrementAndGet();
        }

        String summary() {
            long n = Arrays.stream(counts).mapToLong(AtomicLong::get).sum();
            if (n == 0) {
                return "none";
            }
            return String.format(Locale.ROOT, "min %d, p10 %d, median %d, p90 %d, max %d", at(n, 0), at(n, 0.10),
                    at(n, 0.50), at(n, 0.90), at(n, 1));
        }

        private int at(long n, double quantile) {
            long rank = Math.max(1, (long) Math.ceil(quantile * n));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i].get();
                if (seen >= rank) {
                    return i;
                }
            }
            return counts.length - 1;
        }
    }

    /** The combination space and the per-routine counts, shared with the pass/fail tests. */
    static final class ShapeSpace {

        private ShapeSpace() {
        }

        static RoutineBuilder builder(Catalog catalog) {
            return new RoutineBuilder(catalog.movements(), catalog.sessionRules());
        }

        /**
         * slot x minutes 5-45 x place x equipment x caution subsets, no focus. With {@code byClass}, one equipment
         * subset (the smallest, first in mask order) for each distinct set of movements it makes doable.
         */
        static List<RoutineRequest> all(List<Movement> movements, boolean byClass) {
            List<Set<Equipment>> equipment = byClass ? equipmentClasses(movements) : subsets(Equipment.class);
            List<Set<Caution>> cautions = subsets(Caution.class);
            List<RoutineRequest> requests = new ArrayList<>();
            for (Slot slot : Slot.values()) {
                for (int minutes = RoutineRequest.MIN_MINUTES; minutes <= RoutineRequest.MAX_MINUTES; minutes++) {
                    for (Place place : Place.values()) {
                        for (Set<Equipment> eq : equipment) {
                            for (Set<Caution> c : cautions) {
                                requests.add(new RoutineRequest(slot, minutes, eq, place, c, null, InputSpace.DATE,
                                        0));
                            }
                        }
                    }
                }
            }
            return requests;
        }

        static <E extends Enum<E>> List<Set<E>> subsets(Class<E> type) {
            E[] values = type.getEnumConstants();
            List<Set<E>> subsets = new ArrayList<>();
            for (int mask = 0; mask < 1 << values.length; mask++) {
                EnumSet<E> set = EnumSet.noneOf(type);
                for (int i = 0; i < values.length; i++) {
                    if ((mask & 1 << i) != 0) {
                        set.add(values[i]);
                    }
                }
                subsets.add(set);
            }
            return subsets;
        }

        /**
         * A uniform sample of the full space: every slot, minutes, place and caution subset, with {@code subsets}
         * of the 4,096 equipment subsets drawn at random (a fixed seed, so before and after see the same sample).
         * Its figures estimate the full run's in a fraction of the time.
         */
        static List<RoutineRequest> sample(int subsets) {
            List<Set<Equipment>> equipment = new ArrayList<>(subsets(Equipment.class));
            java.util.Collections.shuffle(equipment, new java.util.Random(12));
            List<Set<Equipment>> drawn = equipment.subList(0, Math.min(subsets, equipment.size()));
            List<RoutineRequest> requests = new ArrayList<>();
            for (Slot slot : Slot.values()) {
                for (int minutes = RoutineRequest.MIN_MINUTES; minutes <= RoutineRequest.MAX_MINUTES; minutes++) {
                    for (Place place : Place.values()) {
                        for (Set<Equipment> eq : drawn) {
                            for (Set<Caution> c : subsets(Caution.class)) {
                                requests.add(new RoutineRequest(slot, minutes, eq, place, c, null, InputSpace.DATE,
                                        0));
                            }
                        }
                    }
                }
            }
            return requests;
        }

        /** One equipment subset per distinct set of doable movements (the first met in mask order). */
        static List<Set<Equipment>> equipmentClasses(List<Movement> movements) {
            java.util.Map<List<Boolean>, Set<Equipment>> classes = new java.util.LinkedHashMap<>();
            Function<Set<Equipment>, List<Boolean>> key = eq -> movements.stream().map(m -> m.doableWith(eq))
                    .toList();
            for (Set<Equipment> subset : subsets(Equipment.class)) {
                classes.putIfAbsent(key.apply(subset), subset);
            }
            return new ArrayList<>(classes.values());
        }

        /** How many times the person changes body position from one movement to the next. */
        static int positionChanges(Routine routine) {
            int changes = 0;
            BodyPosition previous = null;
            for (RoutineItem item : routine.items()) {
                BodyPosition position = item.movement().position();
                if (previous != null && position != previous) {
                    changes++;
                }
                previous = position;
            }
            return changes;
        }

        /** How many times the person gets down to the floor or back up from it, the start and the end included. */
        static int floorTrips(Routine routine) {
            int trips = 0;
            boolean down = false;
            for (RoutineItem item : routine.items()) {
                if (item.movement().onFloor() != down) {
                    trips++;
                    down = !down;
                }
            }
            return trips + (down ? 1 : 0);
        }

        /** The planned seconds that are neither work, side switches nor rests: getting ready and moving between. */
        static int overheadSeconds(Routine routine) {
            int seconds = 0;
            BodyPosition previous = null;
            for (RoutineItem item : routine.items()) {
                seconds += Timing.transitionSeconds(previous, item.movement().position()) + Timing.GET_READY_SECONDS;
                previous = item.movement().position();
            }
            return seconds;
        }
    }
}
