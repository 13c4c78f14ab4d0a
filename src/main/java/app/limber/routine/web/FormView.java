package app.limber.routine.web;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotCharacter;
import app.limber.routine.SlotDefaults;
import app.limber.system.EnumParams;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.validation.BindingResult;

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

    /**
     * The form as it was sent, so a rejected value can be corrected in place; what was left out shows its default
     * as the first form did (the time of day from the clock, that time of day's minutes and place), so only the
     * wrong field changes. A refused time of day gives no default of its own: the clock's stands in.
     */
    static FormView of(Map<String, List<String>> sent, BindingResult errors, Clock clock) {
        String focus = first(sent, "focus").strip().toLowerCase(Locale.ROOT);
        String slot = given(sent, "slot");
        Slot at = slot.isEmpty() || errors.hasFieldErrors("slot") ? SlotDefaults.slotAt(LocalTime.now(clock))
                : EnumParams.parse(Slot.class, "slot", slot);
        SlotCharacter character = SlotCharacter.of(at);
        String minutes = given(sent, "minutes");
        return new FormView(
                options(Slot.values(), "slot.", orDefault(all(sent, "slot"), at)),
                minutes.isEmpty() ? Integer.toString(character.defaultMinutes()) : minutes,
                options(Place.values(), "place.", orDefault(all(sent, "place"), character.defaultPlace())),
                options(Equipment.values(), "equipment.", all(sent, "equipment")),
                options(Caution.values(), "caution.", all(sent, "caution")),
                focusOptions(focus),
                first(sent, "date"),
                first(sent, "shuffle"));
    }

    /** The values sent, or the default when none was (blank is none, as the binder reads it). */
    private static List<String> orDefault(List<String> sent, Enum<?> fallback) {
        List<String> given = sent.stream().filter(v -> !v.isEmpty()).toList();
        return given.isEmpty() ? List.of(EnumParams.toParam(fallback)) : given;
    }

    /** The first value that is not blank, as the binder reads it (the day's form reads its fields the same way). */
    static String given(Map<String, List<String>> sent, String name) {
        return sent.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse("");
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
