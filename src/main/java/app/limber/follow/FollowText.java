package app.limber.follow;

import app.limber.catalog.Catalog;
import app.limber.catalog.DosageText;
import app.limber.catalog.Movement;
import app.limber.catalog.Pace;
import app.limber.routine.Dose;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The player's words, from the follow bundle: a phase in one line ("Hold 30 s"), its side and set, a dose in
 * plain words, the pace of the reps and what to take care of, a routine's name. Templates call it as
 * {@code @followText}. The pace and care words are the routine pages' own (routine.pace.*, routine.care.*).
 */
@Component("followText")
public class FollowText {

    private final MessageSource messages;
    private final DosageText dosageText;
    private final Catalog catalog;

    FollowText(MessageSource messages, DosageText dosageText, Catalog catalog) {
        this.messages = messages;
        this.dosageText = dosageText;
        this.catalog = catalog;
    }

    /** Movement names for slugs, joined by commas ("Child's pose, Cat-cow"); a slug no longer known as itself. */
    public String names(List<String> slugs) {
        return slugs.stream().map(slug -> catalog.find(slug).map(Movement::name).orElse(slug))
                .collect(Collectors.joining(", "));
    }

    /** The big word on the player: "Get ready", "Hold", "Switch sides"... */
    public String label(Phase phase) {
        return msg("follow.phase." + phase.kind().code());
    }

    /** The phase in one line, for the list of steps: "Hold 30 s", "10 reps, 3 s each", "Rest 10 s". */
    public String line(Phase phase) {
        String time = duration(phase.seconds());
        return switch (phase.kind()) {
            case REPS -> phase.holdSeconds() > 0
                    ? msg("follow.line.repsHold", phase.reps(), duration(phase.holdSeconds()))
                    : msg("follow.line.reps", phase.reps(), duration(phase.repSeconds()));
            default -> msg("follow.line." + phase.kind().code(), time);
        };
    }

    /** "First side · Set 1 of 2", or "" when neither applies. */
    public String where(Phase phase) {
        StringBuilder text = new StringBuilder();
        if (phase.side() > 0) {
            text.append(msg("follow.side." + phase.side()));
        }
        if (phase.sets() > 1) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(msg("follow.set", phase.set(), phase.sets()));
        }
        return text.toString();
    }

    /**
     * "Left side · Set 1 of 2" for a movement done on each side (the side named, {@link Sides}), else as
     * {@link #where(Phase)}.
     */
    public String where(PlayerPlan.Step step, Phase phase) {
        Sides.Side side = Sides.of(step.movement(), phase);
        if (side == null) {
            return where(phase);
        }
        String text = msg("player.side." + side.code());
        return phase.sets() > 1 ? text + " · " + msg("follow.set", phase.set(), phase.sets()) : text;
    }

    /** A cue as said on the step's second side: the first side's text mirrored; null when it reads the same. */
    public String secondSide(PlayerPlan.Step step, String text) {
        if (!step.sided()) {
            return null;
        }
        String mirrored = Sides.mirror(text);
        return mirrored.equals(text) ? null : mirrored;
    }

    /** The cue said first as a movement comes on: its first key form cue, else its first step. */
    public String keyCue(Movement movement) {
        if (!movement.cues().isEmpty()) {
            return movement.cues().get(0);
        }
        return movement.steps().isEmpty() ? "" : movement.steps().get(0);
    }

    /**
     * What the player says as a phase starts (spoken cues): the movement's name and key cue as it comes on, the
     * side to switch to, the work and its length, the set after a rest.
     */
    public String say(PlayerPlan.Step step, Phase phase) {
        Sides.Side side = Sides.of(step.movement(), phase);
        return switch (phase.kind()) {
            case READY -> msg("player.say.ready", step.movement().name(), keyCue(step.movement()));
            case SWITCH -> msg("player.say.switch", msg("player.say.side." + side.code()));
            case REST -> msg("player.say.rest", phase.set(), phase.sets());
            case HOLD -> msg("player.say.hold", spoken(phase.seconds()));
            case TIMED -> msg("player.say.timed", spoken(phase.seconds()));
            case REPS -> msg("player.say.reps", phase.reps());
        };
    }

    /** "30 seconds", "2 minutes", "1 minute 30 seconds": a length as it is said, not abbreviated. */
    public String spoken(int seconds) {
        return minutesAndSeconds("player.say", seconds);
    }

    /** The dose in the catalog's words: "Hold 30 s each side, 2 times". */
    public String dose(Dose dose) {
        return dosageText.describe(dose.toDosage());
    }

    /** The pace the player counts this step's reps at, in plain words ("Slow and steady, about 3 s a rep"), or null. */
    public String pace(PlayerPlan.Step step) {
        Pace pace = step.pace();
        return pace == null ? null : msg("routine.pace." + pace.tempo().name(), pace.secondsPerRep());
    }

    /** What to keep in mind while doing it: the key form cues first, then the cautions; empty when there are none. */
    public List<String> care(Movement movement) {
        List<String> care = new ArrayList<>(movement.cues());
        care.addAll(movement.cautions());
        return care;
    }

    /** "45 s", "2 min", "2 min 30 s". */
    public String duration(int seconds) {
        return minutesAndSeconds("follow", seconds);
    }

    /** Seconds under a minute, whole minutes, or both, in the wording of the keys {@code prefix.seconds} and so on. */
    private String minutesAndSeconds(String prefix, int seconds) {
        if (seconds < 60) {
            return msg(prefix + ".seconds", seconds);
        }
        return seconds % 60 == 0 ? msg(prefix + ".minutes", seconds / 60)
                : msg(prefix + ".minutesSeconds", seconds / 60, seconds % 60);
    }

    /** "12:30": a clock reading for times left. */
    public String clock(int seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /**
     * A saved routine's own name, else "Morning routine, 10 min"; a generated routine shorter than the time asked
     * is named by its true length, so neither the player nor the history promises minutes it does not hold.
     */
    public String routineName(RoutineRef ref) {
        if (ref.name() != null && !ref.name().isBlank()) {
            return ref.name();
        }
        Routine routine = ref.routine();
        var request = routine.request();
        int minutes = routine.seconds() < RoutineBuilder.lowSeconds(request.minutes())
                ? Math.max(1, Math.round(routine.seconds() / 60f)) : request.minutes();
        return msg("follow.routineName", msg("slot." + request.slot().name()), minutes);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
