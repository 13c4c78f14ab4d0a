package app.limber.routine.web;

import app.limber.catalog.DosageText;
import app.limber.catalog.Movement;
import app.limber.routine.Dose;
import app.limber.routine.Doses;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Routine figures in plain words for templates: {@code @routineText.time(seconds)} ("4 min 30 s"),
 * {@code @routineText.dose(dose)} ("Hold 30 s each side", with the catalog's own patterns), a movement's pace and
 * what to take care of, and a heading that tells the routine's true length when it falls short of the time asked.
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

    /**
     * The pace of the reps in plain words ("Slow and steady, about 3 s a rep"), or null where the dose is not paced
     * reps: holds, timed work, and reps with a hold in each (the dose already says how long each one lasts).
     */
    public String pace(Movement movement, Dose dose) {
        if (movement.pace() == null || dose.reps() == null || dose.holdSeconds() != null
                || dose.durationSeconds() != null) {
            return null;
        }
        return msg("routine.pace." + movement.pace().tempo().name(), movement.pace().secondsPerRep());
    }

    /** What to keep in mind while doing it: the key form cues first, then the cautions; empty when there are none. */
    public List<String> care(Movement movement) {
        List<String> care = new ArrayList<>(movement.cues());
        care.addAll(movement.cautions());
        return care;
    }

    /**
     * True when the routine is shorter than the time asked allows: the catalog could not fill it (the builder's
     * "too little" notice) or, for a saved routine, the person took movements out. The heading then says so.
     */
    public boolean fallsShort(Routine routine) {
        return routine.seconds() < RoutineBuilder.lowSeconds(routine.request().minutes());
    }

    /** The routine's true length in whole minutes (at least one), as its heading gives it. */
    public int minutes(Routine routine) {
        return Math.max(1, Math.round(routine.seconds() / 60f));
    }

    /** "Evening routine, 30 min"; where it falls short, its {@link #shortfall} instead: the heading never promises more. */
    public String title(Routine routine) {
        String slot = routine.request().slot().name();
        return fallsShort(routine) ? shortfall(routine)
                : msg("routine.show.title." + slot, routine.request().minutes());
    }

    /** The true length against the time asked: "A 6-minute evening session — you asked for 30 minutes". */
    public String shortfall(Routine routine) {
        return msg("routine.short." + routine.request().slot().name(), minutes(routine), routine.request().minutes());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
