package app.limber.routine;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The input space the rules are tested over: every slot, a spread of minutes, several equipment sets, both
 * places, each caution (none, one at a time, all), every focus.
 */
final class InputSpace {

    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    static final int[] MINUTES = {5, 7, 10, 12, 15, 20, 25, 30, 45};
    static final List<Set<Equipment>> EQUIPMENT = List.of(
            EnumSet.noneOf(Equipment.class),
            EnumSet.of(Equipment.CHAIR),
            EnumSet.of(Equipment.CHAIR, Equipment.WALL_OR_DOORWAY),
            EnumSet.of(Equipment.MASSAGE_BALL),
            EnumSet.of(Equipment.FOAM_ROLLER, Equipment.MASSAGE_BALL, Equipment.CHAIR),
            EnumSet.allOf(Equipment.class));
    static final List<Set<Caution>> CAUTIONS = List.of(
            EnumSet.noneOf(Caution.class),
            EnumSet.of(Caution.LOWER_BACK),
            EnumSet.of(Caution.NECK),
            EnumSet.of(Caution.WRISTS_KNEES),
            EnumSet.allOf(Caution.class));
    static final List<Focus> FOCUSES = focuses();

    private InputSpace() {
    }

    private static List<Focus> focuses() {
        List<Focus> all = new ArrayList<>();
        all.add(null);
        all.addAll(Arrays.asList(Focus.values()));
        return all;
    }

    /** Every request of the space for one date. */
    static Stream<RoutineRequest> all(LocalDate date) {
        List<RoutineRequest> requests = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            requests.addAll(forSlot(slot, date));
        }
        return requests.stream();
    }

    static List<RoutineRequest> forSlot(Slot slot, LocalDate date) {
        List<RoutineRequest> requests = new ArrayList<>();
        for (int minutes : MINUTES) {
            for (Set<Equipment> equipment : EQUIPMENT) {
                for (Place place : Place.values()) {
                    for (Set<Caution> cautions : CAUTIONS) {
                        for (Focus focus : FOCUSES) {
                            requests.add(new RoutineRequest(slot, minutes, equipment, place, cautions, focus, date, 0));
                        }
                    }
                }
            }
        }
        return requests;
    }

    /** The inputs of a day's plan: everything but the slot and the minutes. */
    static List<RoutineRequest> dayInputs(LocalDate date, int minutes) {
        List<RoutineRequest> requests = new ArrayList<>();
        for (Set<Equipment> equipment : EQUIPMENT) {
            for (Place place : Place.values()) {
                for (Set<Caution> cautions : CAUTIONS) {
                    for (Focus focus : FOCUSES) {
                        requests.add(new RoutineRequest(Slot.MORNING, minutes, equipment, place, cautions, focus,
                                date, 0));
                    }
                }
            }
        }
        return requests;
    }
}
