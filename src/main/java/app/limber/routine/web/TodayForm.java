package app.limber.routine.web;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Place;
import app.limber.routine.SlotCharacter;
import app.limber.routine.form.DayInputs;
import app.limber.system.EnumParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * What the day's form on {@code /today} shows: for each time of day its minutes and place (filled in with what the
 * plan uses, so the form always says what the sessions were built from), then the equipment and cautions the whole
 * day shares. The focus and the date are carried along unseen. Built from the plan's inputs, or from what was sent
 * when the form comes back with errors.
 */
record TodayForm(List<SlotFields> slots, List<FormView.Option> equipment, List<FormView.Option> cautions,
                 String focus, String date) {

    /** One time of day's fields: the parameter names ({@code morningMinutes}...), the minutes as typed, the places. */
    record SlotFields(Slot slot, String labelKey, String minutesParam, String minutes, String placeParam,
                      List<FormView.Option> places) {
    }

    /** The form filled in with what the day's sessions are built from. */
    static TodayForm of(DayInputs day) {
        List<SlotFields> slots = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            SlotCharacter character = SlotCharacter.of(slot);
            Integer minutes = day.minutesAt(slot);
            Place place = day.placeAt(slot);
            slots.add(fields(slot, Integer.toString(minutes == null ? character.defaultMinutes() : minutes),
                    EnumParams.toParam(place == null ? character.defaultPlace() : place)));
        }
        return new TodayForm(slots, options(Equipment.values(), "equipment.", params(day.equipment())),
                options(Caution.values(), "caution.", params(day.caution())),
                day.focus() == null ? "" : EnumParams.toParam(day.focus()),
                day.date() == null ? "" : day.date().toString());
    }

    /**
     * The form as it was sent, so a rejected value can be corrected in place; what was left out shows what the
     * good page would have (the day's value, else the time of day's default), so only the wrong field changes.
     */
    static TodayForm of(Map<String, List<String>> sent, BindingResult errors) {
        List<SlotFields> slots = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            SlotCharacter character = SlotCharacter.of(slot);
            String minutes = shown(sent, errors, minutesParam(slot), "minutes",
                    Integer.toString(character.defaultMinutes()));
            String place = shown(sent, errors, placeParam(slot), "place",
                    EnumParams.toParam(character.defaultPlace()));
            slots.add(fields(slot, minutes, place.toLowerCase(Locale.ROOT)));
        }
        return new TodayForm(slots, options(Equipment.values(), "equipment.", all(sent, "equipment")),
                options(Caution.values(), "caution.", all(sent, "caution")), first(sent, "focus"),
                first(sent, "date"));
    }

    /**
     * A time of day's own value as sent (right, or the wrong one, marked), else the day's unless that was refused
     * (it is marked on its own field, not copied into all three), else the default.
     */
    private static String shown(Map<String, List<String>> sent, BindingResult errors, String own, String day,
                                String fallback) {
        String value = FormView.given(sent, own);
        if (!value.isEmpty()) {
            return value;
        }
        String dayValue = FormView.given(sent, day);
        return dayValue.isEmpty() || errors.hasFieldErrors(day) ? fallback : dayValue;
    }

    static String minutesParam(Slot slot) {
        return EnumParams.toParam(slot) + "Minutes";
    }

    static String placeParam(Slot slot) {
        return EnumParams.toParam(slot) + "Place";
    }

    private static SlotFields fields(Slot slot, String minutes, String place) {
        return new SlotFields(slot, "slot." + slot.name(), minutesParam(slot), minutes, placeParam(slot),
                options(Place.values(), "place.", List.of(place)));
    }

    private static String first(Map<String, List<String>> sent, String name) {
        List<String> values = sent.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static List<String> all(Map<String, List<String>> sent, String name) {
        return sent.getOrDefault(name, List.of()).stream().filter(v -> v != null)
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> params(Set<? extends Enum<?>> values) {
        return values.stream().map(EnumParams::toParam).toList();
    }

    private static List<FormView.Option> options(Enum<?>[] values, String prefix, List<String> checked) {
        return Arrays.stream(values).map(v -> new FormView.Option(EnumParams.toParam(v), prefix + v.name(),
                checked.contains(EnumParams.toParam(v)))).toList();
    }
}
