package app.limber.routine.form;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotDefaults;
import app.limber.system.NoneIsEmpty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The routine inputs of {@code /routines/generate} and every page hanging from it, as the URL or the form sends
 * them; null (or empty) is "not given", and {@link #request} fills in the defaults: the time of day from the
 * clock, the minutes and place from that time of day's character, today's date. The component names are the
 * parameter names, and {@link #query()} writes the one canonical query string that every routine link uses.
 */
public record RoutineInputs(Slot slot,
                            @Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer minutes,
                            Place place,
                            @NoneIsEmpty Set<Equipment> equipment,
                            @NoneIsEmpty Set<Caution> caution,
                            @NoneIsEmpty Focus focus,
                            @PlanDate LocalDate date,
                            @Min(0) @Max(RoutineInputs.MAX_SHUFFLE) Integer shuffle) implements LinkedInputs {

    /** The name errors are filed under (labels {@code field.routine.*} may override {@code field.*}). */
    public static final String NAME = "routine";
    public static final int MAX_SHUFFLE = 9999;
    /** The parameters a routine link may carry, in the order links carry them. */
    public static final List<String> PARAMETERS = Arrays.stream(RoutineInputs.class.getRecordComponents())
            .map(c -> c.getName()).toList();

    public RoutineInputs {
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
        caution = caution == null ? Set.of() : Set.copyOf(caution);
    }

    /** Every input of a request, as its links carry them. */
    public static RoutineInputs of(RoutineRequest request) {
        return new RoutineInputs(request.slot(), request.minutes(), request.place(), request.equipment(),
                request.cautions(), request.focus(), request.date(), request.shuffle() == 0 ? null : request.shuffle());
    }

    /** The request these inputs ask for, with the defaults for what was not given. */
    public RoutineRequest request(Clock clock) {
        return SlotDefaults.complete(slot, minutes, place, equipment, caution, focus, date, shuffle, clock);
    }

    /** The inputs that do not depend on the time of day, as the daily and weekly plans carry them. */
    public DayInputs day() {
        return new DayInputs(minutes, place, equipment, caution, focus, date);
    }

    /** Adds these inputs in parameter order: lists in enum order, the day's inputs between the slot and the shuffle. */
    @Override
    public void addTo(Query query) {
        query.add("slot", slot);
        day().addTo(query);
        query.add("shuffle", shuffle);
    }

    /** The same inputs without a date: a link that opens the routine of whatever day it is followed. */
    public RoutineInputs undated() {
        return new RoutineInputs(slot, minutes, place, equipment, caution, focus, null, shuffle);
    }
}
