package app.limber.routine;

import app.limber.catalog.Slot;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each time of day is like, from StretchMed's morning, midday and evening routines:
 * <ul>
 *   <li>morning: five minutes of dynamic mobility to shake off the night (shoulder rolls, gentle neck circles, a
 *   few rounds of cat-cow), then more as time allows;</li>
 *   <li>midday: a desk break of moves done at the chair (shoulder rolls, a seated spinal twist, thoracic extension
 *   over the back of the chair), a floor move only away from the desk;</li>
 *   <li>evening: a wind-down of static holds of 20-30 s (child's pose, hugging the knees to the chest), and the
 *   13-stretches article's posture reset when there is time for it.</li>
 * </ul>
 * How much of the time each block takes, which blocks a time of day leaves out and which keep to static holds are
 * data ({@link SlotRules}, from the {@code slot_block} table).
 *
 * @param anchors        slugs that open the slot's session whenever they are allowed, in this order (a slug the
 *                       catalog does not have is skipped)
 * @param lateAnchors    slugs added "when time allows": only if they take at most half of the time asked (Limber's
 *                       reading of "when time allows"), unless nothing else is left to fill the time
 * @param strictTags     true when the slot takes only movements the catalog tags for it (Limber's choice for the
 *                       evening, so a wind-down never turns into marching on the spot)
 * @param defaultMinutes minutes when none are asked
 */
public record SlotCharacter(Slot slot, List<String> anchors, List<String> lateAnchors, boolean strictTags,
                            int defaultMinutes, Place defaultPlace, String anchorReasonKey) {

    /** StretchMed's evening stretches: "gentle, static stretches that you can hold for 20-30 seconds". */
    public static final int EVENING_HOLD_MIN_SECONDS = 20;
    public static final int EVENING_HOLD_MAX_SECONDS = 30;

    private static final Map<Slot, SlotCharacter> BY_SLOT = new EnumMap<>(Map.of(
            // StretchMed's 5-minute morning mobility sequence.
            Slot.MORNING, new SlotCharacter(Slot.MORNING,
                    List.of("shoulder-rolls", "neck-circles", "cat-cow"), List.of(), false,
                    5, Place.HOME, "routine.reason.morningSequence"),
            // StretchMed's "dedicated five-minute break": shoulder rolls, a seated spinal twist, thoracic extension
            // over the back of the chair.
            Slot.MIDDAY, new SlotCharacter(Slot.MIDDAY,
                    List.of("shoulder-rolls", "seated-spinal-twist", "thoracic-extension-chair"), List.of(), false,
                    5, Place.DESK, "routine.reason.deskBreak"),
            // StretchMed's wind-down (child's pose, knees to chest); the 13-stretches article's posture reset. Ten
            // minutes by default is Limber's choice: a little longer than the five-minute morning and midday.
            Slot.EVENING, new SlotCharacter(Slot.EVENING,
                    List.of("childs-pose", "knees-to-chest"), List.of("posture-reset"), true,
                    10, Place.HOME, "routine.reason.windDown")));

    public SlotCharacter {
        anchors = List.copyOf(anchors);
        lateAnchors = List.copyOf(lateAnchors);
    }

    public static SlotCharacter of(Slot slot) {
        return BY_SLOT.get(slot);
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
}
