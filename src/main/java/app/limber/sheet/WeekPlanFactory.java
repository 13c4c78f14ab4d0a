package app.limber.sheet;

import app.limber.catalog.Slot;
import app.limber.routine.Routine;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.routine.form.DayInputs;
import app.limber.system.EnumParams;
import app.limber.system.PublicUrls;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The week plan: each day's generated routine for each slot, from the same inputs. */
@Component
class WeekPlanFactory {

    /** Names listed per routine; a cell lists more only at the cost of the one-page rule. */
    static final int NAMES_SHOWN = 12;
    /** A no-break space keeps the dot at the end of a line, never at the start of the next. */
    static final String SEPARATOR = "\u00a0\u00b7 ";

    private final RoutineLookup lookup;
    private final MessageSource messages;
    private final PublicUrls urls;

    WeekPlanFactory(RoutineLookup lookup, MessageSource messages, PublicUrls urls) {
        this.lookup = lookup;
        this.messages = messages;
        this.urls = urls;
    }

    /**
     * @param inputs the routine inputs without slot and date (their date is ignored)
     * @throws app.limber.system.BadRequestException when an input is not valid
     */
    WeekPlan plan(DayInputs inputs, LocalDate start, Locale locale) {
        List<String> slots = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            slots.add(msg(locale, "slot." + slot.name()));
        }
        List<WeekPlan.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = start.plusDays(i);
            List<WeekPlan.Cell> cells = new ArrayList<>();
            for (Slot slot : Slot.values()) {
                RoutineRef ref = lookup.generated(inputs.forSlot(slot, date).params());
                cells.add(cell(ref, slots.get(slot.ordinal()), locale));
            }
            String label = date.format(DateTimeFormatter.ofPattern(msg(locale, "plan.week.format.day"), locale));
            days.add(new WeekPlan.Day(label, cells));
        }
        String dateFormat = msg(locale, "sheet.format.date");
        String range = msg(locale, "plan.week.range", SheetFactory.date(start, dateFormat, locale),
                SheetFactory.date(start.plusDays(6), dateFormat, locale));
        return new WeekPlan(range, slots, days, urls.base());
    }

    private WeekPlan.Cell cell(RoutineRef ref, String slotLabel, Locale locale) {
        Routine routine = ref.routine();
        List<String> names = routine.items().stream().map(RoutineItem::movement).map(m -> m.name()).toList();
        int minutes = Math.max(1, Math.round(routine.seconds() / 60f));
        String summary = msg(locale, "plan.week.cell", minutes, names.size());
        List<String> shown = new ArrayList<>(names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        if (names.size() > NAMES_SHOWN) {
            shown.add(msg(locale, "plan.week.more", names.size() - NAMES_SHOWN));
        }
        return new WeekPlan.Cell(slotLabel, summary, String.join(SEPARATOR, shown), urls.absolute(ref.pagePath()));
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
