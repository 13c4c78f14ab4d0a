package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Slot;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each time of day is like, from StretchMed's morning, midday and evening routines:
 * <ul>
 *   <li>morning: five minutes of dynamic mobility to shake off the night (shoulder rolls, gentle neck circles, a
 *   few rounds of cat-cow), then more as time allows;</li>
 *   <li>midday: a desk break of seated and standing moves (shoulder rolls, a seated spinal twist, thoracic
 *   extension over the back of the chair), a floor move only away from the desk;</li>
 *   <li>evening: a wind-down of static holds of 20-30 s (child's pose, hugging the knees to the chest), the
 *   13-stretches article's posture reset when there is time for it, and no strengthening.</li>
 * </ul>
 *
 * @param anchors       slugs that open the slot's session whenever they are allowed, in this order
 * @param lateAnchors   slugs added "when time allows": only if they take at most half of the time asked
 * @param weights       the share of the time each block aims for (blocks without a weight are only used when
 *                      nothing else is left to fill the time)
 * @param defaultMinutes minutes when none are asked
 */
public record SlotCharacter(Slot slot, List<String> anchors, List<String> lateAnchors, Map<Block, Integer> weights,
                            int defaultMinutes, Place defaultPlace, String anchorReasonKey) {

    public static final int EVENING_HOLD_MIN_SECONDS = 20;
    public static final int EVENING_HOLD_MAX_SECONDS = 30;

    private static final Map<Slot, SlotCharacter> BY_SLOT = new EnumMap<>(Map.of(
            Slot.MORNING, new SlotCharacter(Slot.MORNING,
                    List.of("shoulder-rolls", "neck-circles", "cat-cow"), List.of(),
                    weights(4, 1, 2, 2, 1, 0), 5, Place.HOME, "routine.reason.morningSequence"),
            Slot.MIDDAY, new SlotCharacter(Slot.MIDDAY,
                    List.of("shoulder-rolls", "seated-thoracic-rotation", "thoracic-extension-chair"), List.of(),
                    weights(2, 1, 3, 2, 1, 0), 5, Place.DESK, "routine.reason.deskBreak"),
            Slot.EVENING, new SlotCharacter(Slot.EVENING,
                    List.of("childs-pose", "knees-to-chest"), List.of("posture-reset"),
                    weights(2, 2, 4, 1, 0, 2), 10, Place.HOME, "routine.reason.windDown")));

    public SlotCharacter {
        anchors = List.copyOf(anchors);
        lateAnchors = List.copyOf(lateAnchors);
        weights = Map.copyOf(weights);
    }

    public static SlotCharacter of(Slot slot) {
        return BY_SLOT.get(slot);
    }

    /** The weights in block order: warm-up, release, stretch, mobility, strengthening, relaxation. */
    private static Map<Block, Integer> weights(int warmUp, int release, int stretch, int mobility, int strength,
                                               int relaxation) {
        Map<Block, Integer> map = new EnumMap<>(Block.class);
        map.put(Block.WARM_UP, warmUp);
        map.put(Block.RELEASE, release);
        map.put(Block.STRETCH, stretch);
        map.put(Block.MOBILITY, mobility);
        map.put(Block.STRENGTHENING, strength);
        map.put(Block.RELAXATION, relaxation);
        return map;
    }

    public int weight(Block block, Focus focus) {
        int weight = weights.getOrDefault(block, 0);
        if (weight == 0 || focus == null) {
            return weight;
        }
        return weight + (focus.emphasises(block) ? 1 : 0);
    }

    public boolean isAnchor(String slug) {
        return anchors.contains(slug) || lateAnchors.contains(slug);
    }

    /** Position among the anchors, or -1. */
    public int anchorRank(String slug) {
        int rank = anchors.indexOf(slug);
        if (rank >= 0) {
            return rank;
        }
        rank = lateAnchors.indexOf(slug);
        return rank >= 0 ? anchors.size() + rank : -1;
    }

    /** Evening stretches and relaxation are held 20-30 s (StretchMed's evening routine). */
    public boolean holdWindowApplies(Block block) {
        return slot == Slot.EVENING && Eligibility.staticInEvening(block);
    }
}
