package app.limber.routine;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.SessionRules;
import app.limber.catalog.Slot;
import app.limber.catalog.Style;
import java.util.Optional;
import java.util.Set;

/**
 * The rules no routine may break, whatever the inputs: nothing that needs equipment that is not at hand (a desk
 * has a chair), nothing on the floor at a desk nor light cardio (marching in place...), nothing a chosen
 * caution rules out, and each time of day's blocks as the session rules have them (the evening: no strengthening,
 * stretches and relaxation as static holds). The builder only ever picks movements that pass; the adjust pages
 * refuse an edit that would fail, with the reason.
 */
public final class Eligibility {

    /** Why a movement cannot go into a routine. Message key: {@code routine.refusal.CONSTANT}. */
    public enum Refusal {
        EQUIPMENT, FLOOR_AT_DESK, NOT_AT_DESK, CAUTION, BLOCK_LEFT_OUT, STATIC_ONLY
    }

    private final SessionRules rules;

    public Eligibility(SessionRules rules) {
        this.rules = rules;
    }

    public boolean allowed(Movement movement, RoutineRequest request) {
        return refusal(movement, request).isEmpty();
    }

    /** The first rule this movement breaks for this request, if any. */
    public Optional<Refusal> refusal(Movement movement, RoutineRequest request) {
        return refusalAtHand(movement, request.available(), request.place(), request.cautions())
                .or(() -> refusalForSlot(movement, request.slot()));
    }

    /** The first rule of what is at hand, the place and the cautions this movement breaks, if any. */
    Optional<Refusal> refusalAtHand(Movement movement, Set<Equipment> available, Place place, Set<Caution> cautions) {
        if (!movement.doableWith(available)) {
            return Optional.of(Refusal.EQUIPMENT);
        }
        if (place == Place.DESK && movement.onFloor()) {
            return Optional.of(Refusal.FLOOR_AT_DESK);
        }
        // Limber's choice: an office has no room for StretchMed's light cardio.
        if (place == Place.DESK && rules.isLightCardio(movement)) {
            return Optional.of(Refusal.NOT_AT_DESK);
        }
        if (movement.excludedByAny(cautions)) {
            return Optional.of(Refusal.CAUTION);
        }
        return Optional.empty();
    }

    /**
     * The first rule of the time of day this movement breaks, if any. Apart from the rest ({@link
     * #refusalAtHand}) so the builder can work each part out once ({@link MovementFacts}).
     */
    Optional<Refusal> refusalForSlot(Movement movement, Slot slot) {
        var rule = rules.rule(slot, movement.block());
        if (!rule.allowed()) {
            return Optional.of(Refusal.BLOCK_LEFT_OUT);
        }
        if (rule.staticOnly() && movement.style() != Style.STATIC) {
            return Optional.of(Refusal.STATIC_ONLY);
        }
        return Optional.empty();
    }
}
