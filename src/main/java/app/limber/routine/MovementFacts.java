package app.limber.routine;

import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What the builder asks of each catalog movement thousands of times per routine (is it allowed, does it suit the
 * time of day, is it tagged for it, does it match the focus), answered once: per catalog for what depends on the
 * time of day or the focus alone, per request ({@link ForRequest}) for what depends on what is at hand, the place
 * and the cautions. The answers are {@link Eligibility}'s, {@link RoutineBuilder#suits}'s,
 * {@link RoutineBuilder#fillsIn}'s and {@link Focus#matches}'s; only looked up instead of worked out again.
 *
 * <p>Knows the builder's own movements only (by identity: a record's equals compares every field).
 */
final class MovementFacts {

    private final Eligibility eligibility;
    private final Map<Movement, Integer> index = new IdentityHashMap<>();
    /** The same by catalog id, the quick way (checked by identity); where ids are far apart, empty. */
    private final Movement[] movements;
    private final int[] byId;
    /** By slot, then movement: what the time of day's rules allow, suits, fills in and is tagged for. */
    private final boolean[][] slotAllows;
    private final boolean[][] suits;
    private final boolean[][] fillsIn;
    private final boolean[][] tagged;
    /** By focus, then movement. */
    private final boolean[][] focusMatches;

    MovementFacts(List<Movement> movements, Eligibility eligibility, BiPredicate<Movement, Slot> suitsSlot,
                  BiPredicate<Movement, Slot> fillsInSlot) {
        this.eligibility = eligibility;
        int n = movements.size();
        int slots = Slot.values().length;
        slotAllows = new boolean[slots][n];
        suits = new boolean[slots][n];
        fillsIn = new boolean[slots][n];
        tagged = new boolean[slots][n];
        focusMatches = new boolean[Focus.values().length][n];
        this.movements = movements.toArray(Movement[]::new);
        int maxId = movements.stream().mapToInt(Movement::id).max().orElse(-1);
        // An array by id only when ids are near 0..n (the stored catalog's are); a catalog with far-apart ids would
        // make it mostly empty, and the identity map answers alone.
        boolean denseIds = movements.stream().allMatch(m -> m.id() >= 0) && maxId < 4 * n + 64;
        byId = new int[denseIds ? maxId + 1 : 0];
        Arrays.fill(byId, -1);
        for (int i = 0; i < n; i++) {
            Movement movement = movements.get(i);
            index.put(movement, i);
            if (denseIds && byId[movement.id()] < 0) {
                byId[movement.id()] = i;
            }
            for (Slot slot : Slot.values()) {
                slotAllows[slot.ordinal()][i] = eligibility.refusalForSlot(movement, slot).isEmpty();
                suits[slot.ordinal()][i] = suitsSlot.test(movement, slot);
                fillsIn[slot.ordinal()][i] = fillsInSlot.test(movement, slot);
                tagged[slot.ordinal()][i] = movement.slots().contains(slot);
            }
            for (Focus focus : Focus.values()) {
                focusMatches[focus.ordinal()][i] = focus.matches(movement);
            }
        }
    }

    private int at(Movement movement) {
        int id = movement.id();
        if (id >= 0 && id < byId.length) {
            int i = byId[id];
            if (i >= 0 && movements[i] == movement) {
                return i;
            }
        }
        Integer i = index.get(movement);
        if (i == null) {
            throw new IllegalArgumentException("Not a movement of this builder's catalog: " + movement.slug());
        }
        return i;
    }

    boolean suits(Movement movement, Slot slot) {
        return suits[slot.ordinal()][at(movement)];
    }

    boolean fillsIn(Movement movement, Slot slot) {
        return fillsIn[slot.ordinal()][at(movement)];
    }

    /**
     * The order a block's candidates are tried in: 0 tagged for the time of day and matching the focus (or no
     * focus), 1 tagged only, 2 matching only, 3 neither.
     */
    int tier(Movement movement, Slot slot, Focus focus) {
        int i = at(movement);
        return (tagged[slot.ordinal()][i] ? 0 : 2) + (focus == null || focusMatches[focus.ordinal()][i] ? 0 : 1);
    }

    ForRequest forRequest(RoutineRequest request) {
        return new ForRequest(request);
    }

    /** The {@link Eligibility} verdicts for one request's equipment, place and cautions, at any time of day. */
    final class ForRequest {

        private final boolean[] allowed;

        private ForRequest(RoutineRequest request) {
            // Once per request: the available set is a new one on every call.
            Set<Equipment> available = request.available();
            allowed = new boolean[movements.length];
            index.forEach((movement, i) -> allowed[i] = eligibility
                    .refusalAtHand(movement, available, request.place(), request.cautions()).isEmpty());
        }

        /** As {@link Eligibility#allowed} for the request at this time of day. */
        boolean allowed(Movement movement, Slot slot) {
            int i = at(movement);
            return allowed[i] && slotAllows[slot.ordinal()][i];
        }
    }
}
