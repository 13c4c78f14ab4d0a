package app.limber.routine.web;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.RoutineRequest;
import app.limber.system.EnumParams;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the routine form shows: each choice with its URL value, message key and whether it is selected, and the
 * minutes as typed. Built from the defaults, or from what was sent when the form comes back with errors.
 */
record FormView(List<Option> slots, String minutes, List<Option> places, List<Option> equipment,
                List<Option> cautions, List<Option> focuses, String date, String shuffle) {

    record Option(String value, String labelKey, boolean checked) {
    }

    /** The form filled in with a valid request (the defaults, or the inputs of a routine being changed). */
    static FormView of(RoutineRequest request, boolean keepDate) {
        return new FormView(
                options(Slot.values(), "slot.", List.of(EnumParams.toParam(request.slot()))),
                Integer.toString(request.minutes()),
                options(Place.values(), "place.", List.of(EnumParams.toParam(request.place()))),
                options(Equipment.values(), "equipment.", params(request.equipment())),
                options(Caution.values(), "caution.", params(request.cautions())),
                focusOptions(request.focus() == null ? "" : EnumParams.toParam(request.focus())),
                keepDate ? request.date().toString() : "",
                keepDate && request.shuffle() != 0 ? Integer.toString(request.shuffle()) : "");
    }

    /** The form as it was sent, so a rejected value can be corrected in place. */
    static FormView of(Map<String, List<String>> sent) {
        String focus = first(sent, "focus").strip().toLowerCase(Locale.ROOT);
        return new FormView(
                options(Slot.values(), "slot.", all(sent, "slot")),
                first(sent, "minutes"),
                options(Place.values(), "place.", all(sent, "place")),
                options(Equipment.values(), "equipment.", all(sent, "equipment")),
                options(Caution.values(), "caution.", all(sent, "caution")),
                focusOptions(focus),
                first(sent, "date"),
                first(sent, "shuffle"));
    }

    private static String first(Map<String, List<String>> sent, String name) {
        List<String> values = sent.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static List<String> all(Map<String, List<String>> sent, String name) {
        List<String> values = sent.getOrDefault(name, List.of());
        return values.stream().filter(v -> v != null).map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> params(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(EnumParams::toParam).toList();
    }

    private static List<Option> options(Enum<?>[] values, String prefix, List<String> checked) {
        return Arrays.stream(values)
                .map(v -> new Option(EnumParams.toParam(v), prefix + v.name(), checked.contains(EnumParams.toParam(v))))
                .toList();
    }

    private static List<Option> focusOptions(String checked) {
        List<Option> options = new java.util.ArrayList<>();
        options.add(new Option("", "focus.NONE", checked.isEmpty() || checked.equals("none")));
        options.addAll(options(Focus.values(), "focus.", List.of(checked)));
        return options;
    }
}
