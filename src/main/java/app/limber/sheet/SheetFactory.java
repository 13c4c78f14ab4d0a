package app.limber.sheet;

import app.limber.catalog.DosageText;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import app.limber.figure.Figures;
import app.limber.routine.Dose;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRef;
import app.limber.system.ControlCharacters;
import app.limber.system.PublicUrls;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a routine into what its printed sheet shows. */
@Component
class SheetFactory {

    private final Figures figures;
    private final DosageText dosageText;
    private final MessageSource messages;
    private final PublicUrls urls;

    SheetFactory(Figures figures, DosageText dosageText, MessageSource messages, PublicUrls urls) {
        this.figures = figures;
        this.dosageText = dosageText;
        this.messages = messages;
        this.urls = urls;
    }

    Sheet sheet(RoutineRef ref, Locale locale) {
        Routine routine = ref.routine();
        Slot slot = routine.request().slot();
        String slotLabel = msg(locale, "slot." + slot.name());
        int minutes = Math.max(1, Math.round(routine.seconds() / 60f));
        // Shorter than the time asked: the heading gives the true length (a saved one keeps its name above it).
        String shortfall = routine.seconds() < RoutineBuilder.lowSeconds(routine.request().minutes())
                ? msg(locale, "routine.short." + slot.name(), minutes, routine.request().minutes()) : null;
        // A name saved before control characters were refused would make the PDF fail for good.
        String title = ref.saved() ? ControlCharacters.replaced(ref.name())
                : shortfall != null ? shortfall : msg(locale, "sheet.title.generated." + slot.name());
        int count = routine.items().size();
        String facts = ref.saved()
                ? msg(locale, "sheet.facts.saved", slotLabel, minutes, count)
                : msg(locale, "sheet.facts.generated", slotLabel, minutes, count, date(routine.request().date(), msg(locale, "sheet.format.date"), locale));

        List<Sheet.Item> items = new ArrayList<>();
        int room = SheetCare.room(count);
        boolean dense = count > Sheet.FULL_DETAIL_MAX;
        for (RoutineBlock block : routine.blocks()) {
            String blockLabel = msg(locale, "block." + block.block().name());
            for (RoutineItem item : block.items()) {
                Movement movement = item.movement();
                SheetCare.Text care = SheetCare.shortForm(movement.cues(), movement.cautions(), room);
                // The full layout says where to feel it, unless the cues and cautions leave it no room: they come first.
                boolean noRoom = !care.empty() && movement.feelIt().length() > room - care.text().length();
                String feel = dense || noRoom ? null : movement.feelIt();
                items.add(new Sheet.Item(items.size() + 1, blockLabel, movement, dose(item.dose()),
                        pace(movement, item.dose(), locale), feel, care,
                        figures.print(movement.slug()).map(Figures.Svg::body).orElse(null)));
            }
        }
        String followUrl = urls.absolute(ref.subPath("follow"));
        return new Sheet(title, ref.saved() ? shortfall : null, facts, items, followUrl, QrCode.svg(followUrl),
                urls.absolute("/safety"), days(locale), urls.base());
    }

    /** A dose in the catalog's plain words ("Hold 30 s each side, 2 times"): a dose is a dosage of single values. */
    String dose(Dose dose) {
        return dosageText.describe(dose.toDosage());
    }

    /**
     * The pace of paced reps in a few plain words to follow the dose on its line ("slow, 3 s each"); null for
     * holds, timed work and reps with a hold in each.
     */
    String pace(Movement movement, Dose dose, Locale locale) {
        if (movement.pace() == null || dose.reps() == null || dose.holdSeconds() != null
                || dose.durationSeconds() != null) {
            return null;
        }
        return msg(locale, "sheet.pace." + movement.pace().tempo().name(), movement.pace().secondsPerRep());
    }

    /** The key form cues, then the cautions: all of them, as on the routine page, for the sheet's short paragraph. */
    static List<String> care(Movement movement) {
        List<String> care = new ArrayList<>(movement.cues());
        care.addAll(movement.cautions());
        return care;
    }

    /** A sheet's date, in the same short form as the week plan's days and "My routines" (not the locale's medium
     *  style, which put "Nov 28, 2026" beside "Saturday 28 Nov" on one sheet). */
    static String date(LocalDate date, String pattern, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** Short day names, starting on the first day of the week where the reader lives (Monday without a country). */
    static List<String> days(Locale locale) {
        DayOfWeek first = locale.getCountry().isEmpty() ? DayOfWeek.MONDAY : WeekFields.of(locale).getFirstDayOfWeek();
        List<String> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            days.add(first.plus(i).getDisplayName(TextStyle.SHORT, locale));
        }
        return days;
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
