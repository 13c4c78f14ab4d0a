package app.limber.routine.web;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.PlanDates;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotCharacter;
import app.limber.routine.SlotDefaults;
import app.limber.system.BadRequestException;
import app.limber.system.Echo;
import app.limber.system.EnumParams;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads the routine inputs from a form or URL, with good defaults: the time of day from the clock, the minutes
 * and place from that time of day's character, no equipment, no cautions, no focus, today's date. Each bad value
 * becomes a field error with a message key; a request is only made when there are none.
 */
final class RoutineInputs {

    static final int MAX_SHUFFLE = 9999;
    static final String NONE = "none";

    private RoutineInputs() {
    }

    /** The outcome: the request, or the errors (field name to message), never both. */
    record Parsed(RoutineRequest request, Errors errors) {

        boolean ok() {
            return !errors.hasErrors();
        }
    }

    static Parsed parse(RoutineForm form, Clock clock) {
        Errors errors = new MapBindingResult(new HashMap<>(), "routine");
        Slot slot = RoutineForm.blank(form.slot()) ? SlotDefaults.slotAt(LocalTime.now(clock))
                : parseEnum(Slot.class, "slot", form.slot(), errors);
        SlotCharacter character = SlotCharacter.of(slot == null ? Slot.MORNING : slot);
        int minutes = character.defaultMinutes();
        if (!RoutineForm.blank(form.minutes())) {
            minutes = parseInt(form.minutes().strip(), RoutineRequest.MIN_MINUTES, RoutineRequest.MAX_MINUTES,
                    "minutes", "routine.error.minutes", errors);
        }
        Place place = RoutineForm.blank(form.place()) ? character.defaultPlace()
                : parseEnum(Place.class, "place", form.place(), errors);
        Set<Equipment> equipment = parseAll(Equipment.class, "equipment",
                form.equipment().stream().filter(e -> !NONE.equalsIgnoreCase(e.strip())).toList(), errors);
        Set<Caution> cautions = parseAll(Caution.class, "caution",
                form.caution().stream().filter(e -> !NONE.equalsIgnoreCase(e.strip())).toList(), errors);
        Focus focus = RoutineForm.blank(form.focus()) || NONE.equalsIgnoreCase(form.focus().strip()) ? null
                : parseEnum(Focus.class, "focus", form.focus(), errors);
        LocalDate date = LocalDate.now(clock);
        if (!RoutineForm.blank(form.date())) {
            try {
                date = LocalDate.parse(form.date().strip());
                if (!PlanDates.plausible(date)) {
                    errors.rejectValue("date", "routine.error.dateRange",
                            new Object[] {Echo.shorten(form.date()), PlanDates.FIRST, PlanDates.LAST}, null);
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue("date", "routine.error.date", new Object[] {Echo.shorten(form.date())}, null);
            }
        }
        int shuffle = RoutineForm.blank(form.shuffle()) ? 0
                : parseInt(form.shuffle().strip(), 0, MAX_SHUFFLE, "shuffle", "routine.error.shuffle", errors);
        if (errors.hasErrors()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new RoutineRequest(slot, minutes, equipment, place, cautions, focus, date, shuffle), errors);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String raw, Errors errors) {
        try {
            return EnumParams.parse(type, field, raw);
        } catch (BadRequestException e) {
            errors.rejectValue(field, "routine.error." + field,
                    new Object[] {Echo.shorten(raw), String.join(", ", EnumParams.allParams(type))}, null);
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> parseAll(Class<E> type, String field, List<String> raws,
                                                       Errors errors) {
        Set<E> values = EnumSet.noneOf(type);
        for (String raw : raws) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            E value = parseEnum(type, field, raw, errors);
            if (value == null) {
                return values;
            }
            values.add(value);
        }
        return values;
    }

    private static int parseInt(String raw, int min, int max, String field, String key, Errors errors) {
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the field error
        }
        errors.rejectValue(field, key, new Object[] {min, max, Echo.shorten(raw)}, null);
        return min;
    }

    /** The request as URL parameters, in the order the form has them. */
    static UriComponentsBuilder url(String path, RoutineRequest request) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path)
                .queryParam("slot", EnumParams.toParam(request.slot()))
                .queryParam("minutes", request.minutes())
                .queryParam("place", EnumParams.toParam(request.place()));
        request.equipment().stream().sorted().forEach(e -> url.queryParam("equipment", EnumParams.toParam(e)));
        request.cautions().stream().sorted().forEach(c -> url.queryParam("caution", EnumParams.toParam(c)));
        if (request.focus() != null) {
            url.queryParam("focus", EnumParams.toParam(request.focus()));
        }
        url.queryParam("date", request.date().toString());
        if (request.shuffle() != 0) {
            url.queryParam("shuffle", request.shuffle());
        }
        return url;
    }

    static String link(String path, RoutineRequest request) {
        return url(path, request).encode().build().toUriString();
    }

    /** The inputs of a request that do not depend on the time of day, as the daily plan carries them. */
    static String todayLink(RoutineRequest request, boolean placeGiven, boolean minutesGiven) {
        return dayLink("/today", request, placeGiven, minutesGiven);
    }

    /** A page that takes the day's inputs (the daily plan, the week plan, reminders) with this request's. */
    static String dayLink(String path, RoutineRequest request, boolean placeGiven, boolean minutesGiven) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (minutesGiven) {
            url.queryParam("minutes", request.minutes());
        }
        if (placeGiven) {
            url.queryParam("place", EnumParams.toParam(request.place()));
        }
        request.equipment().stream().sorted().forEach(e -> url.queryParam("equipment", EnumParams.toParam(e)));
        request.cautions().stream().sorted().forEach(c -> url.queryParam("caution", EnumParams.toParam(c)));
        if (request.focus() != null) {
            url.queryParam("focus", EnumParams.toParam(request.focus()));
        }
        url.queryParam("date", request.date().toString());
        return url.encode().build().toUriString();
    }

    static List<String> params(Set<? extends Enum<?>> values) {
        List<String> params = new ArrayList<>();
        values.forEach(v -> params.add(EnumParams.toParam(v)));
        return params;
    }
}
