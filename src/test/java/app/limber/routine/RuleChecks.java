package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;
import app.limber.catalog.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every rule of docs/routine-rules.md as a check on one built routine. Returns what is wrong, in words, so a
 * failing sweep over thousands of inputs says which input broke which rule.
 */
final class RuleChecks {

    private RuleChecks() {
    }

    static List<String> violations(RoutineBuilder builder, Routine routine) {
        List<String> problems = new ArrayList<>();
        RoutineRequest request = routine.request();
        budget(builder, routine, problems);
        blockOrder(routine, problems);
        never(builder, routine, problems);
        doses(routine, problems);
        slotCharacter(builder, routine, problems);
        return problems.stream().map(p -> p + " for " + describe(request)).toList();
    }

    static String describe(RoutineRequest r) {
        return r.slot() + " " + r.minutes() + "min " + r.place() + " eq=" + r.equipment() + " cautions="
                + r.cautions() + " focus=" + r.focus() + " date=" + r.date() + " shuffle=" + r.shuffle();
    }

    /**
     * Within ±10 % of the time asked, or short with the notice only where the catalog truly cannot fill it (see
     * {@link #roomLeft}).
     */
    private static void budget(RoutineBuilder builder, Routine routine, List<String> problems) {
        RoutineRequest request = routine.request();
        int total = routine.seconds();
        // ±10 % of the minutes asked (60 s x 0.9 = 54 s, x 1.1 = 66 s a minute), worked out here rather than asked
        // of RoutineBuilder: a changed tolerance there must fail the sweep, not move its bounds with it.
        int low = request.minutes() * 54;
        int high = request.minutes() * 66;
        int sum = routine.items().stream().mapToInt(RoutineItem::seconds).sum();
        if (sum != total) {
            problems.add("items add up to " + sum + " s but the routine says " + total + " s");
        }
        if (total > high) {
            problems.add("total " + total + " s is over " + high + " s");
        }
        boolean shortNotice = routine.noticeKeys().contains(Routine.SHORT_NOTICE);
        if (total < low && !shortNotice) {
            problems.add("total " + total + " s is under " + low + " s without saying so");
        }
        if (total >= low && shortNotice) {
            problems.add("says it is short but the total " + total + " s fits");
        }
        if (shortNotice != routine.fallsShort()) {
            problems.add("fallsShort() is " + routine.fallsShort() + " but the notice says " + shortNotice);
        }
        if (shortNotice) {
            problems.addAll(roomLeft(builder, routine, b -> true));
        }
        if (routine.items().isEmpty()) {
            problems.add("empty routine");
        }
        if (warmUpSeconds(routine) > RoutineBuilder.WARM_UP_MAX_SECONDS) {
            problems.add("warm-up of " + warmUpSeconds(routine) + " s is longer than StretchMed's ten minutes");
        }
    }

    /**
     * What the catalog still offers this routine, in words: empty when it truly cannot give more. "Truly cannot"
     * means that every movement the request allows (in the blocks {@code blocks} picks; tagged for the time of day
     * or not, though the evening borrows no warm-up: {@link RoutineBuilder#fillsIn}) is either in the routine at
     * its fullest dose (its article's range, sets and, for a stretch held once, a
     * second round: {@link Doses#grow} has nothing more) or cannot take one more step: that step (or the
     * movement at its starting dose) would take the routine past 10 % over the time asked, the warm-up past
     * StretchMed's ten minutes, or break extension-last.
     */
    static List<String> roomLeft(RoutineBuilder builder, Routine routine, java.util.function.Predicate<Block> blocks) {
        List<String> room = new ArrayList<>();
        RoutineRequest request = routine.request();
        SlotRules slot = builder.slotRules(request.slot());
        int total = routine.seconds();
        int high = RoutineBuilder.highSeconds(request.minutes());
        int warmUp = warmUpSeconds(routine);
        List<Movement> in = routine.items().stream().map(RoutineItem::movement).toList();
        for (RoutineItem item : routine.items()) {
            Movement m = item.movement();
            Dose bigger = Doses.grow(m, item.dose(), slot);
            if (bigger == null || !blocks.test(m.block())) {
                continue;
            }
            // A bigger dose adds work, rests and switches; the transition stays as it is.
            int delta = Timing.seconds(m, bigger) - Timing.seconds(m, item.dose());
            boolean warmUpFull = m.block() == Block.WARM_UP && warmUp + delta > RoutineBuilder.WARM_UP_MAX_SECONDS;
            if (total + delta <= high && !warmUpFull) {
                room.add(m.slug() + " could grow to " + bigger + " (+" + delta + " s)");
            }
        }
        Set<String> used = slugs(routine);
        for (Movement left : builder.movements()) {
            if (used.contains(left.slug()) || !builder.eligibility().allowed(left, request)
                    || !fillsIn(builder, left, request.slot()) || !blocks.test(left.block())) {
                continue;
            }
            // In its place: its transition and the ones around it change with it (floor after floor 5 s, ...).
            int[] added = costInPlace(routine, left, builder.baseDose(left, request.slot()));
            int cost = added[0];
            // As far as the warm-up may go, unless it was past that already: a warm-up movement up to its window
            // (ten minutes in a routine still short); another block's movement may move a transition into the
            // warm-up, which StretchMed's ten minutes alone hold back.
            int warmUpCap = routine.fallsShort() || left.block() != Block.WARM_UP ? RoutineBuilder.WARM_UP_MAX_SECONDS
                    : Math.min(RoutineBuilder.WARM_UP_MAX_SECONDS, builder.warmUp(request).high());
            boolean warmUpFull = added[1] > 0 && warmUp + added[1] > Math.max(warmUpCap, warmUp);
            List<Movement> withIt = new ArrayList<>(in);
            withIt.add(left);
            withIt.sort(java.util.Comparator.comparing(Movement::block));
            if (total + cost <= high && !warmUpFull && !Sequencing.breaksExtensionLast(withIt)) {
                room.add(left.slug() + " (" + cost + " s) was left out");
            }
        }
        return room;
    }

    /** One movement of a routine as {@link Positions#order} weighs it. */
    private record Placed(Movement movement, Dose dose, int anchorRank, boolean late, boolean main) {
    }

    /**
     * What adding this movement at this dose adds to the routine's total and to its warm-up ({0: total, 1:
     * warm-up}), in the place the builder's order gives it ({@link Positions#order}, the anchors' sequence, the
     * main stretch and what ends its block as the builder has them), every movement timed from the one before it.
     */
    static int[] costInPlace(Routine routine, Movement movement, Dose dose) {
        SlotCharacter character = SlotCharacter.of(routine.request().slot());
        java.util.Map<Block, List<Placed>> byBlock = new java.util.EnumMap<>(Block.class);
        for (RoutineItem item : routine.items()) {
            byBlock.computeIfAbsent(item.movement().block(), b -> new ArrayList<>()).add(placed(character,
                    item.movement(), item.dose(), item.reasonKey().equals("routine.reason.main")));
        }
        byBlock.computeIfAbsent(movement.block(), b -> new ArrayList<>()).add(placed(character, movement, dose, false));
        List<List<Placed>> ordered = Positions.order(new ArrayList<>(byBlock.values()), Placed::movement,
                Placed::anchorRank, Placed::late, Placed::main);
        int total = 0;
        int warmUp = 0;
        app.limber.catalog.BodyPosition previous = null;
        for (List<Placed> block : ordered) {
            for (Placed p : block) {
                int seconds = Timing.seconds(previous, p.movement(), p.dose());
                previous = p.movement().position();
                total += seconds;
                warmUp += p.movement().block() == Block.WARM_UP ? seconds : 0;
            }
        }
        return new int[] {total - routine.seconds(), warmUp - warmUpSeconds(routine)};
    }

    /**
     * Getting ready and the transitions of the routine in the builder's order ({@link Positions#order}), without
     * {@code left} and with {@code added} at {@code dose} (either may be null).
     */
    static int getReadySeconds(Routine routine, Movement left, Movement added, Dose dose) {
        SlotCharacter character = SlotCharacter.of(routine.request().slot());
        java.util.Map<Block, List<Placed>> byBlock = new java.util.EnumMap<>(Block.class);
        for (RoutineItem item : routine.items()) {
            if (!item.movement().equals(left)) {
                byBlock.computeIfAbsent(item.movement().block(), b -> new ArrayList<>()).add(placed(character,
                        item.movement(), item.dose(), item.reasonKey().equals("routine.reason.main")));
            }
        }
        if (added != null) {
            byBlock.computeIfAbsent(added.block(), b -> new ArrayList<>()).add(placed(character, added, dose, false));
        }
        int seconds = 0;
        app.limber.catalog.BodyPosition previous = null;
        for (List<Placed> block : Positions.order(new ArrayList<>(byBlock.values()), Placed::movement,
                Placed::anchorRank, Placed::late, Placed::main)) {
            for (Placed p : block) {
                seconds += Timing.transitionSeconds(previous, p.movement().position()) + Timing.GET_READY_SECONDS;
                previous = p.movement().position();
            }
        }
        return seconds;
    }

    private static Placed placed(SlotCharacter character, Movement m, Dose dose, boolean main) {
        return new Placed(m, dose, character.anchorRank(m.slug()), character.lateAnchors().contains(m.slug()), main);
    }

    /** What the warm-up may still take: up to its window while the routine fits, up to ten minutes if it is short. */
    static int warmUpRoom(RoutineBuilder builder, Routine routine) {
        int most = routine.fallsShort() ? RoutineBuilder.WARM_UP_MAX_SECONDS : builder.warmUp(routine.request()).high();
        return most - warmUpSeconds(routine);
    }

    /**
     * The warm-up timed as {@link Positions#order} orders it on its own, without the blocks after it. In the
     * routine another block's movement may reorder it to end where the next block starts, moving a getting-up
     * transition into it: the warm-up's window holds back its own movements only (Plan.add).
     */
    static int warmUpOnItsOwn(Routine routine) {
        SlotCharacter character = SlotCharacter.of(routine.request().slot());
        List<Placed> warmUp = routine.items().stream().filter(i -> i.movement().block() == Block.WARM_UP)
                .map(i -> placed(character, i.movement(), i.dose(), i.reasonKey().equals("routine.reason.main")))
                .toList();
        if (warmUp.isEmpty()) {
            return 0;
        }
        int seconds = 0;
        app.limber.catalog.BodyPosition previous = null;
        for (List<Placed> block : Positions.order(List.of(warmUp), Placed::movement, Placed::anchorRank,
                Placed::late, Placed::main)) {
            for (Placed p : block) {
                seconds += Timing.seconds(previous, p.movement(), p.dose());
                previous = p.movement().position();
            }
        }
        return seconds;
    }

    static int warmUpSeconds(Routine routine) {
        return routine.blocks().stream().filter(b -> b.block() == Block.WARM_UP).mapToInt(RoutineBlock::seconds).sum();
    }

    private static void blockOrder(Routine routine, List<String> problems) {
        Block previous = null;
        for (RoutineBlock block : routine.blocks()) {
            if (block.items().isEmpty()) {
                problems.add("empty block " + block.block());
            }
            if (previous != null && block.block().compareTo(previous) <= 0) {
                problems.add("block " + block.block() + " after " + previous);
            }
            previous = block.block();
            for (RoutineItem item : block.items()) {
                if (item.movement().block() != block.block()) {
                    problems.add(item.movement().slug() + " of " + item.movement().block() + " in " + block.block());
                }
            }
        }
        if (Sequencing.breaksExtensionLast(routine.items().stream().map(RoutineItem::movement).toList())) {
            problems.add("extension before flexion or rotation work");
        }
        Set<String> seen = new HashSet<>();
        for (RoutineItem item : routine.items()) {
            if (!seen.add(item.movement().slug())) {
                problems.add(item.movement().slug() + " twice");
            }
        }
    }

    private static void never(RoutineBuilder builder, Routine routine, List<String> problems) {
        RoutineRequest request = routine.request();
        // At a desk the chair is there, ticked or not.
        Set<Equipment> atHand = EnumSet.noneOf(Equipment.class);
        atHand.addAll(request.equipment());
        if (request.place() == Place.DESK) {
            atHand.add(Equipment.CHAIR);
        }
        app.limber.catalog.BodyPosition previous = null;
        for (RoutineItem item : routine.items()) {
            Movement m = item.movement();
            // Each movement is timed from the one before it: 15 s to get down to the floor or up from it, 5 s else.
            int expected = Timing.seconds(previous, m, item.dose());
            previous = m.position();
            if (!m.doableWith(atHand)) {
                problems.add(m.slug() + " needs equipment " + m.equipment());
            }
            if (request.place() == Place.DESK && m.onFloor()) {
                problems.add(m.slug() + " is on the floor (" + m.position() + ") at a desk");
            }
            if (request.place() == Place.DESK && builder.rules().lightCardio().contains(m.slug())) {
                problems.add(m.slug() + " is kept away from a desk (light cardio)");
            }
            if (m.excludedByAny(request.cautions())) {
                problems.add(m.slug() + " is excluded by " + m.excludedBy());
            }
            if (item.dose().eachSide() != m.dosage().eachSide()) {
                problems.add(m.slug() + " does not work each side equally");
            }
            if (item.seconds() != expected) {
                problems.add(m.slug() + " time " + item.seconds() + " is not what Timing says (" + expected
                        + " s in its place)");
            }
            if (item.reasonKey() == null || !item.reasonKey().startsWith("routine.reason.")) {
                problems.add(m.slug() + " has no reason");
            }
        }
    }

    /** Every figure is within the catalog's range: never past an article's maximum, never below its minimum. */
    private static void doses(Routine routine, List<String> problems) {
        for (RoutineItem item : routine.items()) {
            Movement m = item.movement();
            Dose d = item.dose();
            check(m, "hold", d.holdSeconds(), m.dosage().hold(), problems);
            check(m, "reps", d.reps(), m.dosage().reps(), problems);
            check(m, "duration", d.durationSeconds(), m.dosage().duration(), problems);
            // A stretch the article holds once may be done twice to fill the time (a second round).
            boolean secondRound = m.block() == Block.STRETCH && m.dosage().hasHold() && !m.dosage().hasReps()
                    && !m.dosage().timed() && m.dosage().sets().max() == 1 && d.sets() == 2;
            if (!secondRound) {
                check(m, "sets", d.sets(), m.dosage().sets(), problems);
            }
            if (item.secondRound() != secondRound) {
                problems.add(m.slug() + " secondRound() is " + item.secondRound());
            }
        }
    }

    private static void check(Movement m, String what, Integer value, Range range, List<String> problems) {
        if ((value == null) != (range == null)) {
            problems.add(m.slug() + " " + what + " is " + value + " for range " + range);
        } else if (value != null && (value < range.min() || value > range.max())) {
            problems.add(m.slug() + " " + what + " " + value + " outside " + range);
        }
    }

    private static void slotCharacter(RoutineBuilder builder, Routine routine, List<String> problems) {
        RoutineRequest request = routine.request();
        SlotCharacter character = SlotCharacter.of(request.slot());
        Set<String> used = slugs(routine);
        // The slot's anchors open its session whenever they are allowed (they always fit the smallest budget).
        List<String> anchorsIn = new ArrayList<>();
        for (String anchor : character.anchors()) {
            builder.find(anchor).filter(m -> builder.eligibility().allowed(m, request)).ifPresent(m -> {
                if (!used.contains(anchor)) {
                    problems.add("anchor " + anchor + " missing");
                }
                anchorsIn.add(anchor);
            });
        }
        for (RoutineBlock block : routine.blocks()) {
            List<String> order = block.items().stream().map(i -> i.movement().slug())
                    .filter(anchorsIn::contains).toList();
            List<String> expected = anchorsIn.stream().filter(order::contains).toList();
            if (!order.equals(expected)) {
                problems.add("anchors out of sequence in " + block.block() + ": " + order);
            }
        }
        boolean borrowed = false;
        for (RoutineItem item : routine.items()) {
            Movement m = item.movement();
            if (!suits(m, request.slot())) {
                borrowed = true;
                if (!fillsIn(builder, m, request.slot())) {
                    problems.add(m.slug() + " does not suit the " + request.slot());
                }
            }
        }
        // A movement the time of day does not take fills in only when its own movements cannot fill the time
        // (the warm-up aside: it keeps to its share until nothing else is left); a warm-up or a stretch also when
        // the time of day's own cannot give the warm-up its share or keep stretching the largest block. So where
        // only warm-ups and stretches are borrowed, only own ones of those blocks may not be left out.
        if (borrowed) {
            Set<String> in = slugs(routine);
            int room = RoutineBuilder.highSeconds(request.minutes()) - routine.seconds();
            Set<Block> borrowedBlocks = EnumSet.noneOf(Block.class);
            routine.items().stream().filter(i -> !suits(i.movement(), request.slot()))
                    .forEach(i -> borrowedBlocks.add(i.movement().block()));
            boolean onlyShape = Set.of(Block.WARM_UP, Block.STRETCH).containsAll(borrowedBlocks);
            for (Movement own : builder.movements()) {
                if (suits(own, request.slot()) && !in.contains(own.slug())
                        && (onlyShape ? borrowedBlocks.contains(own.block()) : own.block() != Block.WARM_UP)
                        && builder.eligibility().allowed(own, request)
                        && costInPlace(routine, own, builder.baseDose(own, request.slot()))[0] <= room
                        && costInPlace(routine, own, builder.baseDose(own, request.slot()))[1]
                        <= warmUpRoom(builder, routine)
                        && !Sequencing.isExtension(own)) {
                    problems.add("borrowed a movement though " + own.slug() + " of its own was left out");
                }
            }
        }
        taggedFirst(builder, routine, problems);
        boolean warmUpAllowed = builder.movements().stream()
                .anyMatch(m -> m.block() == Block.WARM_UP && builder.eligibility().allowed(m, request));
        if (warmUpAllowed && routine.blocks().get(0).block() != Block.WARM_UP) {
            problems.add("does not start with a warm-up");
        }
        if (request.slot() == Slot.MORNING || request.slot() == Slot.MIDDAY) {
            return;
        }
        // Evening: wind down with static holds of 20-30 s and no strengthening.
        for (RoutineItem item : routine.items()) {
            Movement m = item.movement();
            if (m.block() == Block.STRENGTHENING) {
                problems.add("strengthening " + m.slug() + " in the evening");
            }
            if ((m.block() == Block.STRETCH || m.block() == Block.RELAXATION) && m.style() != Style.STATIC) {
                problems.add("dynamic " + m.slug() + " among evening stretches");
            }
            Range hold = m.dosage().hold();
            Integer planned = item.dose().holdSeconds();
            if (m.block() == Block.STRETCH && planned != null && hold.min() <= 30 && hold.max() >= 20
                    && (planned < 20 || planned > 30)) {
                problems.add("evening hold of " + planned + " s for " + m.slug());
            }
        }
    }

    /**
     * The slot tags, written out from docs/routine-rules.md §3 rather than asked of the builder: the evening keeps
     * strictly to movements the catalog tags for the evening; in the morning and at midday a movement the catalog
     * does not tag for the slot may only fill a block the slot gives a share of its time to (§3's table: every
     * block but relaxation in the morning and at midday).
     */
    /** What may fill in when the time of day's own movements leave a session short: all but light cardio at night. */
    static boolean fillsIn(RoutineBuilder builder, Movement m, Slot slot) {
        return suits(m, slot) || !(slot == Slot.EVENING && builder.rules().lightCardio().contains(m.slug()));
    }

    static boolean suits(Movement m, Slot slot) {
        if (m.slots().contains(slot)) {
            return true;
        }
        return switch (slot) {
            case EVENING -> false;
            case MORNING, MIDDAY -> m.block() != Block.RELAXATION;
        };
    }

    /**
     * Morning and midday: tagged movements come first in every block. So a movement not tagged for the slot (and
     * neither an anchor nor the main stretch, which are placed before the blocks fill) is only in a block when no
     * movement tagged for the slot was left out of it that is allowed, no longer at its starting dose, and no
     * extension (an extension may be held back to keep extension last).
     */
    private static void taggedFirst(RoutineBuilder builder, Routine routine, List<String> problems) {
        RoutineRequest request = routine.request();
        Slot slot = request.slot();
        SlotCharacter character = SlotCharacter.of(slot);
        SlotRules rules = builder.slotRules(slot);
        Set<String> used = slugs(routine);
        List<Movement> in = routine.items().stream().map(RoutineItem::movement).toList();
        for (RoutineItem item : routine.items()) {
            Movement untagged = item.movement();
            if (untagged.slots().contains(slot) || character.isAnchor(untagged.slug())
                    || item.reasonKey().equals("routine.reason.main")) {
                continue;
            }
            // Each movement is timed in its place (Timing), so a tagged one may have been taken out again for its
            // place while this one fitted in its own: only a tagged one that still fits in its place counts.
            int seconds = Timing.leastSeconds(untagged, Doses.base(untagged, rules));
            int room = RoutineBuilder.highSeconds(request.minutes()) - routine.seconds();
            // A warm-up movement also keeps the warm-up within its window in its place (Plan.add):
            // on the floor among standing ones it may take 20 s more than it would elsewhere; any other movement
            // only within StretchMed's ten minutes.
            int warmUpRoom = untagged.block() == Block.WARM_UP ? warmUpRoom(builder, routine)
                    : RoutineBuilder.WARM_UP_MAX_SECONDS - warmUpSeconds(routine);
            // Getting ready is held to its share while the routine can be filled otherwise (RoutineBuilder
            // .GET_READY_SHARE): a tagged one that takes longer to get to in its place (a trip down to the floor
            // where the untagged one joined the floor work) may have been left out for it.
            int without = getReadySeconds(routine, untagged, null, null);
            int untaggedGetReady = getReadySeconds(routine, null, null, null) - without;
            for (Movement tagged : builder.movements()) {
                if (tagged.block() == untagged.block() && tagged.slots().contains(slot)
                        && !used.contains(tagged.slug()) && builder.eligibility().allowed(tagged, request)
                        && !Sequencing.isExtension(tagged) && !Sequencing.breaksExtensionLast(in, tagged)
                        && Timing.leastSeconds(tagged, Doses.base(tagged, rules)) <= seconds
                        && costInPlace(routine, tagged, Doses.base(tagged, rules))[0] <= room
                        && costInPlace(routine, tagged, Doses.base(tagged, rules))[1] <= Math.max(0, warmUpRoom)
                        && getReadySeconds(routine, untagged, tagged, Doses.base(tagged, rules)) - without
                        <= untaggedGetReady) {
                    problems.add(untagged.slug() + ", not tagged for the " + slot + ", came before "
                            + tagged.slug() + ", which is");
                }
            }
        }
    }

    static Set<String> slugs(Routine routine) {
        Set<String> slugs = new HashSet<>();
        routine.items().forEach(i -> slugs.add(i.movement().slug()));
        return slugs;
    }
}
