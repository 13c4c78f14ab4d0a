package app.limber.routine.web;

import java.util.List;

/**
 * The routine inputs exactly as they arrive in the URL or the form: strings, so that a bad value becomes a
 * message next to its field rather than a binding failure. {@link RoutineInputs} turns them into a request.
 */
public record RoutineForm(String slot, String minutes, String place, List<String> equipment, List<String> caution,
                          String focus, String date, String shuffle) {

    public RoutineForm {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        caution = caution == null ? List.of() : List.copyOf(caution);
    }

    static RoutineForm empty() {
        return new RoutineForm(null, null, null, null, null, null, null, null);
    }

    boolean isEmpty() {
        return blank(slot) && blank(minutes) && blank(place) && equipment.isEmpty() && caution.isEmpty()
                && blank(focus) && blank(date) && blank(shuffle);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
