package app.limber.routine.web;

import app.limber.catalog.Catalog;
import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotCharacter;
import app.limber.system.BadRequestException;
import app.limber.system.EnumParams;
import app.limber.system.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Provisional: parses the generate parameters itself until the routine pages land, then delegates to them.
 */
@Service
class RoutineLookupService implements RoutineLookup {

    private final RoutineBuilder builder;

    RoutineLookupService(Catalog catalog) {
        this.builder = new RoutineBuilder(catalog.movements());
    }

    @Override
    public RoutineRef generated(Map<String, List<String>> params) {
        Slot slot = EnumParams.parse(Slot.class, "slot", first(params, "slot", "morning"));
        SlotCharacter character = SlotCharacter.of(slot);
        String rawMinutes = first(params, "minutes", Integer.toString(character.defaultMinutes()));
        int minutes;
        try {
            minutes = Integer.parseInt(rawMinutes.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("minutes", rawMinutes, "error.badRequest.badValue", "minutes", rawMinutes);
        }
        if (minutes < RoutineRequest.MIN_MINUTES || minutes > RoutineRequest.MAX_MINUTES) {
            throw new BadRequestException("minutes", rawMinutes, "error.badRequest.badValue", "minutes", rawMinutes);
        }
        Place place = EnumParams.parse(Place.class, "place",
                first(params, "place", EnumParams.toParam(character.defaultPlace())));
        var equipment = EnumParams.parseAll(Equipment.class, "equipment",
                params.getOrDefault("equipment", List.of()).stream().filter(v -> !"none".equals(v)).toList());
        var cautions = EnumParams.parseAll(Caution.class, "caution",
                params.getOrDefault("caution", List.of()).stream().filter(v -> !"none".equals(v)).toList());
        String rawFocus = first(params, "focus", "");
        Focus focus = rawFocus.isBlank() || "none".equals(rawFocus) ? null
                : EnumParams.parse(Focus.class, "focus", rawFocus);
        String rawDate = first(params, "date", LocalDate.now().toString());
        LocalDate date;
        try {
            date = LocalDate.parse(rawDate);
        } catch (RuntimeException e) {
            throw new BadRequestException("date", rawDate, "error.badRequest.badValue", "date", rawDate);
        }
        RoutineRequest request = new RoutineRequest(slot, minutes, equipment, place, cautions, focus, date, 0);
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        params.forEach((key, values) -> values.forEach(v -> query.queryParam(key, v)));
        String q = query.build().getQuery();
        return new RoutineRef(builder.build(request), null, null, q == null ? "" : q);
    }

    @Override
    public RoutineRef saved(String token) {
        throw new NotFoundException("error.notFound.routine", token);
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0);
    }
}
