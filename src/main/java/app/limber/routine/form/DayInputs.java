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
 * routine inputs without the slot and the shuffle, which the plan sets itself. Minutes and place may be chosen per
 * time of day ({@code morningMinutes}, {@code eveningPlace}...; the day's form sends them) or for all three at once
 * ({@code minutes}, {@code place}: a routine page's link to its day); a time of day's own choice wins. What is left
 * out stays out, so each slot gets its own default; the date is the plan's first day.
 */
public record DayInputs(@Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer minutes,
                        Place place,
                        @Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer morningMinutes,
                        Place morningPlace,
                        @Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer middayMinutes,
                        Place middayPlace,
                        @Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer eveningMinutes,
                        Place eveningPlace,
                        @NoneIsEmpty Set<Equipment> equipment,
                        @NoneIsEmpty Set<Caution> caution,
                        @NoneIsEmpty Focus focus,
                        @PlanDate LocalDate date) implements LinkedInputs {

    public static final String NAME = "plan";
    /** The parameters a plan link may carry, in the order links carry them. */
    public static final List<String> PARAMETERS = Arrays.stream(DayInputs.class.getRecordComponents())
            .map(c -> c.getName()).toList();

    public DayInputs {
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
        caution = caution == null ? Set.of() : Set.copyOf(caution);
    }

    /** The same minutes and place for every time of day (or none: each its own default). */
    public DayInputs(Integer minutes, Place place, Set<Equipment> equipment, Set<Caution> caution, Focus focus,
                     LocalDate date) {
        this(minutes, place, null, null, null, null, null, null, equipment, caution, focus, date);
    }

    /** The minutes asked for at this time of day: its own, else the day's, else null (its default). */
    public Integer minutesAt(Slot slot) {
        return ownElseDay(slot, morningMinutes, middayMinutes, eveningMinutes, minutes);
    }

    /** The place asked for at this time of day: its own, else the day's, else null (its default). */
    public Place placeAt(Slot slot) {
        return ownElseDay(slot, morningPlace, middayPlace, eveningPlace, place);
    }

    private static <T> T ownElseDay(Slot slot, T morning, T midday, T evening, T day) {
        T own = switch (slot) {
            case MORNING -> morning;
            case MIDDAY -> midday;
            case EVENING -> evening;
        };
        return own != null ? own : day;
    }

    /** The routine of one slot on one day (a null date: whatever day it is opened; a null slot: the clock's). */
    public RoutineInputs forSlot(Slot slot, LocalDate day) {
        return slot == null ? new RoutineInputs(null, minutes, place, equipment, caution, focus, day, null)
                : new RoutineInputs(slot, minutesAt(slot), placeAt(slot), equipment, caution, focus, day, null);
    }

    public DayInputs withDate(LocalDate day) {
        return new DayInputs(minutes, place, morningMinutes, morningPlace, middayMinutes, middayPlace,
                eveningMinutes, eveningPlace, equipment, caution, focus, day);
    }

    /** Adds these inputs, in parameter order (a routine's link carries them between its slot and shuffle). */
    @Override
    public void addTo(Query query) {
        query.add("minutes", minutes);
        query.add("place", place);
        query.add("morningMinutes", morningMinutes);
        query.add("morningPlace", morningPlace);
        query.add("middayMinutes", middayMinutes);
        query.add("middayPlace", middayPlace);
        query.add("eveningMinutes", eveningMinutes);
        query.add("eveningPlace", eveningPlace);
        query.addAll("equipment", equipment);
        query.addAll("caution", caution);
        query.add("focus", focus);
        query.add("date", date);
    }
}
