package app.limber.routine.form;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.RoutineRequest;
import app.limber.system.NoneIsEmpty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The inputs of a plan over a day or more ({@code /today}, {@code /plan/week}, {@code /plan/reminders}): the
 * routine inputs without the slot and the shuffle, which the plan sets itself. Minutes and place left out stay
 * out, so each slot gets its own default; the date is the plan's first day.
 */
public record DayInputs(@Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer minutes,
                        Place place,
                        @NoneIsEmpty Set<Equipment> equipment,
                        @NoneIsEmpty Set<Caution> caution,
                        @NoneIsEmpty Focus focus,
                        @PlanDate LocalDate date) {

    public static final String NAME = "plan";
    /** The parameters a plan link may carry, in the order links carry them. */
    public static final List<String> PARAMETERS = Arrays.stream(DayInputs.class.getRecordComponents())
            .map(c -> c.getName()).toList();

    public DayInputs {
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
        caution = caution == null ? Set.of() : Set.copyOf(caution);
    }

    /** The routine of one slot on one day (a null date: whatever day it is opened). */
    public RoutineInputs forSlot(Slot slot, LocalDate day) {
        return new RoutineInputs(slot, minutes, place, equipment, caution, focus, day, null);
    }

    public DayInputs withDate(LocalDate day) {
        return new DayInputs(minutes, place, equipment, caution, focus, day);
    }

    /** The canonical query string (no leading '?'): what was given, in parameter order. */
    public String query() {
        return toQuery().toString();
    }

    /** The parameters of {@link #query} (for hidden fields and lookups). */
    public java.util.Map<String, List<String>> params() {
        return toQuery().params();
    }

    private Query toQuery() {
        Query query = new Query();
        addTo(query);
        return query;
    }

    /** Adds these inputs, in parameter order (a routine's link carries them between its slot and shuffle). */
    void addTo(Query query) {
        query.add("minutes", minutes);
        query.add("place", place);
        query.addAll("equipment", equipment);
        query.addAll("caution", caution);
        query.add("focus", focus);
        query.add("date", date);
    }

    public String link(String path) {
        return Query.link(path, query());
    }
}
