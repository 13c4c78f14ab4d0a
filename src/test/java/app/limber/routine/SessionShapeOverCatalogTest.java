package app.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Catalog;
import app.limber.catalog.CatalogSlice;
import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shape of a session over the combinations the routine form allows, on the real catalog: time of day x every
 * minute from 5 to 45 x place x equipment x cautions.
 *
 * <p>Two combinations that allow exactly the same movements differ only in their seed, so each time of day and
 * place is taken as one combination (the first in mask order) for every distinct set of allowed movements: all of
 * them at a desk (about 200); at home, where there are some 14,000, those of every caution subset with no
 * equipment, one or two pieces, all of it or all but one piece (about 700). {@link RoutineShapeReport} prints
 * the same figures over every one of the 8 million combinations.
 */
@CatalogSlice
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionShapeOverCatalogTest {


    @Autowired
    Catalog catalog;

    RoutineBuilder builder;
    List<Routine> routines;

    @BeforeAll
    void buildTheSpace() {
        builder = new RoutineBuilder(catalog.movements(), catalog.sessionRules());
        routines = new ArrayList<>();
        for (RoutineRequest request : space(builder)) {
            routines.add(builder.build(request));
        }
    }

    /** slot x minutes 5-45 x place x one (equipment, cautions) pair per distinct set of allowed movements. */
    static List<RoutineRequest> space(RoutineBuilder builder) {
        List<Set<Equipment>> every = RoutineShapeReport.ShapeSpace.subsets(Equipment.class);
        int all = Equipment.values().length;
        List<Set<Equipment>> some = every.stream()
                .filter(eq -> eq.size() <= 2 || eq.size() >= all - 1).toList();
        List<Set<Caution>> cautions = RoutineShapeReport.ShapeSpace.subsets(Caution.class);
        List<RoutineRequest> space = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            for (Place place : Place.values()) {
                Map<BitSet, RoutineRequest> classes = new LinkedHashMap<>();
                for (Set<Equipment> eq : place == Place.DESK ? every : some) {
                    for (Set<Caution> c : cautions) {
                        RoutineRequest r = new RoutineRequest(slot, 5, eq, place, c, null, InputSpace.DATE, 0);
                        BitSet allowed = new BitSet();
                        List<Movement> movements = builder.movements();
                        for (int i = 0; i < movements.size(); i++) {
                            allowed.set(i, builder.eligibility().allowed(movements.get(i), r));
                        }
                        classes.putIfAbsent(allowed, r);
                    }
                }
                for (RoutineRequest r : classes.values()) {
                    for (int minutes = RoutineRequest.MIN_MINUTES; minutes <= RoutineRequest.MAX_MINUTES; minutes++) {
                        space.add(r.withSlot(slot, minutes));
                    }
                }
            }
        }
        return space;
    }

    @Test
    void the_space_is_every_minute_of_every_slot_and_place_over_many_sets_of_allowed_movements() {
        assertThat(routines).hasSizeGreaterThan(3 * 41 * (150 + 500));
        assertThat(routines).extracting(r -> r.request().minutes()).contains(5, 6, 44, 45);
    }

    @Test
    void every_combination_fits_the_time_asked_or_says_so_only_where_the_catalog_truly_cannot_fill_it() {
        List<String> problems = new ArrayList<>();
        for (Routine routine : routines) {
            RoutineRequest request = routine.request();
            int total = routine.seconds();
            boolean notice = routine.noticeKeys().contains(Routine.SHORT_NOTICE);
            if (total > RoutineBuilder.highSeconds(request.minutes())) {
                problems.add("over: " + total + " s for " + RuleChecks.describe(request));
            } else if (total < RoutineBuilder.lowSeconds(request.minutes())) {
                if (!notice || !routine.fallsShort()) {
                    problems.add("short without the notice: " + total + " s for " + RuleChecks.describe(request));
                }
                List<String> room = RuleChecks.roomLeft(builder, routine, b -> true);
                if (!room.isEmpty()) {
                    problems.add("short though " + room + " for " + RuleChecks.describe(request));
                }
            } else if (notice || routine.fallsShort()) {
                problems.add("fits but says it is short for " + RuleChecks.describe(request));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The warm-up takes its share of the session, give or take 10 % (a quarter: Limber's share), which from 20
     * minutes on is StretchMed's five to ten minutes. Less only when no warm-up movement that suits has a step
     * left that fits that window; more only when the time of day's anchors alone take more, or when nothing else
     * could fill the time asked.
     */
    @Test
    void the_warm_up_takes_its_share_which_is_five_to_ten_minutes_from_twenty_minutes_on() {
        List<String> problems = new ArrayList<>();
        int atLeastFive = 0;
        for (Routine routine : routines) {
            RoutineRequest request = routine.request();
            RoutineBuilder.WarmUp window = builder.warmUp(request);
            int warmUp = RuleChecks.warmUpSeconds(routine);
            if (request.minutes() >= 20 && window.aim() > 0) {
                assertThat(window.low()).as(RuleChecks.describe(request)).isGreaterThanOrEqualTo(300);
                assertThat(window.high()).isLessThanOrEqualTo(600);
            }
            if (warmUp > RoutineBuilder.WARM_UP_MAX_SECONDS) {
                problems.add("warm-up of " + warmUp + " s for " + RuleChecks.describe(request));
            }
            if (warmUp < window.low() && !warmUpStepsLeft(routine, window).isEmpty()) {
                problems.add("warm-up of " + warmUp + " s below " + window + " though "
                        + warmUpStepsLeft(routine, window) + " for " + RuleChecks.describe(request));
            }
            // Above its window in its own order: a transition another block's movement moves into it is no
            // warm-up content (RuleChecks.warmUpOnItsOwn).
            if (Math.min(warmUp, RuleChecks.warmUpOnItsOwn(routine)) > window.high()
                    && !onlyAnchorsAtTheirStart(routine, Block.WARM_UP)
                    && !RuleChecks.roomLeft(builder, routine, b -> b != Block.WARM_UP).isEmpty()) {
                problems.add("warm-up of " + warmUp + " s above " + window + " though the other blocks had room for "
                        + RuleChecks.describe(request));
            }
            if (request.minutes() >= 20 && warmUp >= 300) {
                atLeastFive++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(atLeastFive).as("sessions of 20 minutes or more with five minutes of warm-up").isPositive();
    }

    /**
     * Warm-up steps that would keep the warm-up within its window: a movement in it growing, or another warm-up
     * joining it, the time of day's own or borrowed (never light cardio at night).
     */
    private List<String> warmUpStepsLeft(Routine routine, RoutineBuilder.WarmUp window) {
        RoutineRequest request = routine.request();
        SlotRules slot = builder.slotRules(request.slot());
        int warmUp = RuleChecks.warmUpSeconds(routine);
        int room = RoutineBuilder.highSeconds(request.minutes()) - routine.seconds();
        List<String> steps = new ArrayList<>();
        Set<String> in = RuleChecks.slugs(routine);
        for (RoutineItem item : routine.items()) {
            Dose bigger = item.movement().block() == Block.WARM_UP ? Doses.grow(item.movement(), item.dose(), slot)
                    : null;
            if (bigger != null) {
                int delta = Timing.seconds(item.movement(), bigger) - Timing.seconds(item.movement(), item.dose());
                if (warmUp + delta <= window.high() && delta <= room) {
                    steps.add(item.movement().slug() + " +" + delta + " s");
                }
            }
        }
        for (Movement m : builder.movements()) {
            if (m.block() == Block.WARM_UP && !in.contains(m.slug()) && builder.eligibility().allowed(m, request)
                    && builder.fillsIn(m, request.slot())) {
                int[] added = RuleChecks.costInPlace(routine, m, builder.baseDose(m, request.slot()));
                int cost = added[0];
                if (warmUp + added[1] <= window.high() && cost <= room) {
                    steps.add(m.slug() + " " + cost + " s");
                }
            }
        }
        return steps;
    }

    /** Every movement of the block is one of the time of day's anchors, at the dose a routine starts it at. */
    private boolean onlyAnchorsAtTheirStart(Routine routine, Block block) {
        SlotCharacter character = SlotCharacter.of(routine.request().slot());
        return routine.items().stream().filter(i -> i.movement().block() == block)
                .allMatch(i -> character.isAnchor(i.movement().slug())
                        && i.dose().equals(builder.baseDose(i.movement(), routine.request().slot())));
    }

    /**
     * Stretching is the largest block of every routine, except where the stretches have no step left that fits
     * the time (every stretch that may go in is in, at its fullest), or where the evening's posture reset, a
     * single fifteen-minute rest the 13-stretches article fixes, is in.
     */
    @Test
    void stretching_is_the_largest_block() {
        List<String> problems = new ArrayList<>();
        int largest = 0;
        for (Routine routine : routines) {
            int stretch = routine.blocks().stream().filter(b -> b.block() == Block.STRETCH)
                    .mapToInt(RoutineBlock::seconds).sum();
            List<String> bigger = routine.blocks().stream()
                    .filter(b -> b.block() != Block.STRETCH && b.seconds() >= stretch)
                    .map(b -> b.block() + " " + b.seconds() + " s").toList();
            if (bigger.isEmpty()) {
                largest++;
                continue;
            }
            boolean postureReset = RuleChecks.slugs(routine).contains("posture-reset");
            List<String> room = RuleChecks.roomLeft(builder, routine, b -> b == Block.STRETCH);
            if (!postureReset && !room.isEmpty()) {
                problems.add(bigger + " longer than the stretches' " + stretch + " s though " + room + " for "
                        + RuleChecks.describe(routine.request()));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(largest).isGreaterThan(routines.size() * 2 / 3);
    }

    @Test
    void no_light_cardio_at_a_desk() {
        Set<String> cardio = catalog.sessionRules().lightCardio();
        assertThat(cardio).contains("marching-in-place", "heel-digs");
        List<String> atDesk = new ArrayList<>();
        int atHome = 0;
        for (Routine routine : routines) {
            boolean any = routine.items().stream().anyMatch(i -> cardio.contains(i.movement().slug()));
            if (any && routine.request().place() == Place.DESK) {
                atDesk.add(RuleChecks.describe(routine.request()));
            } else if (any) {
                atHome++;
            }
        }
        assertThat(atDesk).isEmpty();
        assertThat(atHome).as("home sessions that warm up with light cardio").isPositive();
    }

    /**
     * Movements are grouped by body position: a routine changes position at most twice more than the fewest
     * changes its blocks could have (each block's positions one after the other, and a change between blocks only
     * where they share no position), which ignores the anchors' sequence and extension-last.
     */
    @Test
    void movements_are_grouped_by_position_so_the_person_changes_position_few_times() {
        List<String> problems = new ArrayList<>();
        for (Routine routine : routines) {
            int changes = Positions.changes(routine.items().stream().map(RoutineItem::movement).toList());
            int fewest = fewestChanges(routine);
            if (changes > fewest + 2) {
                problems.add(changes + " changes where " + fewest + " could do for "
                        + RuleChecks.describe(routine.request()));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static int fewestChanges(Routine routine) {
        int fewest = 0;
        Set<BodyPosition> previous = null;
        for (RoutineBlock block : routine.blocks()) {
            Set<BodyPosition> positions = EnumSet.noneOf(BodyPosition.class);
            block.items().forEach(i -> positions.add(i.movement().position()));
            fewest += positions.size() - 1;
            if (previous != null && Collections.disjoint(previous, positions)) {
                fewest++;
            }
            previous = positions;
        }
        return fewest;
    }

    /** At a desk the chair is there: ticking it changes nothing, and the desk break has its chair moves. */
    @Test
    void a_desk_has_a_chair() {
        List<String> differ = new ArrayList<>();
        for (Routine routine : routines) {
            RoutineRequest request = routine.request();
            if (request.place() != Place.DESK || request.equipment().contains(Equipment.CHAIR)) {
                continue;
            }
            Set<Equipment> withChair = EnumSet.of(Equipment.CHAIR);
            withChair.addAll(request.equipment());
            Routine ticked = builder.build(new RoutineRequest(request.slot(), request.minutes(), withChair,
                    request.place(), request.cautions(), request.focus(), request.date(), request.shuffle()));
            if (!ticked.items().equals(routine.items())) {
                differ.add(RuleChecks.describe(request));
            }
        }
        assertThat(differ).isEmpty();
        Routine deskBreak = builder.build(SlotDefaults.complete(Slot.MIDDAY, null, null, Set.of(), Set.of(), null,
                InputSpace.DATE, null, java.time.Clock.systemUTC()));
        assertThat(deskBreak.request().place()).isEqualTo(Place.DESK);
        assertThat(RuleChecks.slugs(deskBreak)).contains("thoracic-extension-chair");
    }

    /**
     * Getting ready and moving between movements take a small share: the builder holds them to a fifth of the time
     * asked less 10 % while the time can be filled otherwise (RoutineBuilder.GET_READY_SHARE, Limber's choice), so
     * at most a fifth of a session from ten minutes on; in shorter ones, where only more movements can fill the
     * time, under a quarter (main had up to 32 % of 251,904 sampled routines: five-minute floor sessions, each
     * movement a trip; now at most 24 %, where the evening's own warm-up is one on the floor and one standing).
     */
    @Test
    void getting_ready_and_moving_between_movements_take_a_small_share() {
        List<String> problems = new ArrayList<>();
        for (Routine routine : routines) {
            int minutes = routine.request().minutes();
            double share = (double) RoutineShapeReport.ShapeSpace.overheadSeconds(routine) / routine.seconds();
            double most = minutes >= 10 ? 0.20 : 0.25;
            if (share > most) {
                problems.add(Math.round(share * 100) + " % for " + RuleChecks.describe(routine.request()));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The evening at a desk with everything at hand: the chest opener over the exercise ball is an extension
     * stretch, so it keeps the seated thoracic rotation (195 s) out of the mobility block after it. Where that
     * leaves the routine short, the builder takes the fuller routine without the extension stretch: 36 minutes
     * now fit (2,005 s against 1,944), and 45 minutes say they fall short at that length.
     */
    @Test
    void an_extension_stretch_does_not_keep_a_larger_mobility_movement_out_of_a_short_routine() {
        for (int minutes : new int[] {36, 45}) {
            Routine routine = builder.build(new RoutineRequest(Slot.EVENING, minutes, EnumSet.allOf(Equipment.class),
                    Place.DESK, Set.of(), null, InputSpace.DATE, 0));
            assertThat(RuleChecks.slugs(routine)).as(minutes + " min")
                    .contains("seated-thoracic-rotation").doesNotContain("chest-opener-exercise-ball");
            assertThat(routine.seconds()).as(minutes + " min").isEqualTo(2005);
            assertThat(RuleChecks.violations(builder, routine)).isEmpty();
        }
        assertThat(builder.build(new RoutineRequest(Slot.EVENING, 36, EnumSet.allOf(Equipment.class), Place.DESK,
                Set.of(), null, InputSpace.DATE, 0)).fallsShort()).isFalse();
    }
}
