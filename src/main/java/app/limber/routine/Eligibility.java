package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import app.limber.catalog.Style;
import java.util.Optional;

/**
 * The rules no routine may break, whatever the inputs: nothing that needs equipment the user lacks, nothing on
 * the floor at a desk, nothing a chosen caution rules out, and the evening's wind-down character (no
 * strengthening, stretches as static holds). The builder only ever picks movements that pass; the adjust pages
 * refuse an edit that would fail, with the reason.
 */
public final class Eligibility {

    /** Why a movement cannot go into a routine. Message key: {@code routine.refusal.CONSTANT}. */
    public enum Refusal {
        EQUIPMENT, FLOOR_AT_DESK, CAUTION, EVENING_STRENGTHENING, EVENING_DYNAMIC
    }

    private Eligibility() {
    }

    public static boolean allowed(Movement movement, RoutineRequest request) {
        return refusal(movement, request).isEmpty();
    }

    /** The first rule this movement breaks for this request, if any. */
    public static Optional<Refusal> refusal(Movement movement, RoutineRequest request) {
        if (!movement.doableWith(request.equipment())) {
            return Optional.of(Refusal.EQUIPMENT);
        }
        if (request.place() == Place.DESK && movement.onFloor()) {
            return Optional.of(Refusal.FLOOR_AT_DESK);
        }
        if (movement.excludedByAny(request.cautions())) {
            return Optional.of(Refusal.CAUTION);
        }
        if (request.slot() == Slot.EVENING) {
            // StretchMed: the evening routine winds down with static holds; nothing that works the muscles hard
            // comes at the very end of the day.
            if (movement.block() == Block.STRENGTHENING) {
                return Optional.of(Refusal.EVENING_STRENGTHENING);
            }
            if (staticInEvening(movement.block()) && movement.style() != Style.STATIC) {
                return Optional.of(Refusal.EVENING_DYNAMIC);
            }
        }
        return Optional.empty();
    }

    /** Blocks whose movements must be static holds in the evening. */
    static boolean staticInEvening(Block block) {
        return block == Block.STRETCH || block == Block.RELAXATION;
    }
}
