package app.limber.reminder;

import app.limber.system.EnumParams;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * What the settings form shows: the defaults on a first visit, or the values as sent when they come back with
 * errors (a bad time is shown as typed, to be corrected).
 */
record SettingsView(List<Day> days, String start, String end, String every, String stretch, String quietFrom,
                    String quietTo, String zone) {

    /** A work day checkbox: its value in URL form, its label key, ticked or not. */
    record Day(String value, String labelKey, boolean checked) {
    }

    static SettingsView of(WorkdayForm form) {
        return new SettingsView(days(form.day().stream().map(EnumParams::toParam).toList()), form.start(), form.end(),
                String.valueOf(form.every()), String.valueOf(form.stretch()), "", "", form.zone().getId());
    }

    static SettingsView of(MultiValueMap<String, String> params) {
        List<String> ticked = params.getOrDefault("day", List.of());
        return new SettingsView(days(ticked), sent(params, "start"), sent(params, "end"), sent(params, "every"),
                sent(params, "stretch"), sent(params, "quietFrom"), sent(params, "quietTo"), sent(params, "zone"));
    }

    private static List<Day> days(List<String> ticked) {
        return Arrays.stream(DayOfWeek.values()).map(d -> {
            String value = EnumParams.toParam(d);
            return new Day(value, "reminder.day." + value, ticked.contains(value));
        }).toList();
    }

    private static String sent(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }
}
