package app.limber.routine.web;

import app.limber.catalog.DosageText;
import app.limber.catalog.Movement;
import app.limber.routine.Dose;
import app.limber.routine.Doses;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Routine figures in plain words for templates: {@code @routineText.time(seconds)} ("4 min 30 s") and
 * {@code @routineText.dose(dose)} ("Hold 30 s each side"), the latter with the catalog's own patterns.
 */
@Component("routineText")
public class RoutineText {

    private final MessageSource messages;
    private final DosageText dosageText;

    RoutineText(MessageSource messages, DosageText dosageText) {
        this.messages = messages;
        this.dosageText = dosageText;
    }

    public String time(int seconds) {
        Locale locale = LocaleContextHolder.getLocale();
        int minutes = seconds / 60;
        int rest = seconds % 60;
        if (minutes == 0) {
            return messages.getMessage("routine.time.seconds", new Object[] {rest}, locale);
        }
        if (rest == 0) {
            return messages.getMessage("routine.time.minutes", new Object[] {minutes}, locale);
        }
        return messages.getMessage("routine.time.minutesSeconds", new Object[] {minutes, rest}, locale);
    }

    /** True when the dose is above what the articles give for the movement (after an adjustment). */
    public boolean aboveCatalog(Movement movement, Dose dose) {
        return Doses.aboveCatalog(movement, dose);
    }

    public String dose(Dose dose) {
        return dosageText.describe(dose.toDosage());
    }
}
