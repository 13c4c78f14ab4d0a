package app.limber.catalog;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dosage in plain words ("Hold 30 s each side, 2-3 times"), built from message patterns so that a second
 * language only needs a new bundle. Templates call it as {@code @dosageText.describe(dosage)}.
 */
@Component("dosageText")
public class DosageText {

    private final MessageSource messages;

    DosageText(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(Dosage dosage) {
        StringBuilder text = new StringBuilder();
        if (dosage.timed()) {
            text.append(msg("dosage.duration", time(dosage.duration())));
        } else if (dosage.hasReps() && dosage.hasHold()) {
            text.append(msg("dosage.repsHold", dosage.reps(), time(dosage.hold())));
        } else if (dosage.hasReps()) {
            text.append(msg("dosage.reps", dosage.reps()));
        } else if (dosage.hasHold()) {
            text.append(msg(dosage.holdOpenEnded() ? "dosage.holdAtLeast" : "dosage.hold", time(dosage.hold())));
        }
        if (dosage.eachSide()) {
            text.append(msg("dosage.eachSide"));
        }
        if (dosage.sets().max() > 1) {
            text.append(msg(dosage.hasReps() ? "dosage.sets" : "dosage.times", dosage.sets()));
        }
        return text.toString();
    }

    /** "Daily" or "3-4 times a week"; null where no article says how often. */
    public String perWeek(Dosage dosage) {
        Range perWeek = dosage.timesPerWeek();
        if (perWeek == null) {
            return null;
        }
        return perWeek.min() >= 7 ? msg("dosage.perWeek.daily") : msg("dosage.perWeek.range", perWeek);
    }

    /**
     * The pace of a movement's reps in plain words, or null where it says nothing useful: no reps, or reps that
     * are holds ("4-5 reps, holding each for 30 s"), whose time is the hold and not the pace.
     */
    public String pace(Movement movement) {
        return movement.dosage().hasHold() ? null : pace(movement.pace());
    }

    /**
     * A rep pace in plain words ("Led by your breath, about 6 s a rep"); null without one. The routine page, the
     * player and the sheet show the same words through these methods or the same message keys.
     */
    public String pace(Pace pace) {
        if (pace == null) {
            return null;
        }
        return msg("tempo.perRep", msg("tempo." + pace.tempo().name()), pace.secondsPerRep());
    }

    /** Seconds below two minutes, whole minutes above ("30 s", "2-5 min", "15 min"). */
    public String time(Range seconds) {
        if (seconds.min() >= 120 && seconds.min() % 60 == 0 && seconds.max() % 60 == 0) {
            return msg("dosage.minutes", new Range(seconds.min() / 60, seconds.max() / 60));
        }
        return msg("dosage.seconds", seconds);
    }

    private String msg(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Range r ? r.toString() : args[i];
        }
        return messages.getMessage(key, plain, locale);
    }
}
