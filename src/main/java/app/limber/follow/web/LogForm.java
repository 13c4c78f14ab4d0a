package app.limber.follow.web;

import app.limber.catalog.Catalog;
import app.limber.catalog.Slot;
import app.limber.follow.SessionEntry;
import app.limber.system.BadRequestException;
import app.limber.system.ControlCharacters;
import app.limber.system.Echo;
import app.limber.system.EnumParams;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The log form as posted: every field as text, so that a bad value is reported in words rather than as a binding
 * failure. {@link #validate} turns it into a {@link SessionEntry} or a list of problems, one per bad field.
 */
record LogForm(String routinePath, String routineName, String slot, String plannedSeconds, String durationSeconds,
               String zone, String before, String after, List<String> movement, List<String> done) {

    static final int MAX_SECONDS = 3 * 60 * 60;
    static final int MAX_MOVEMENTS = 60;
    static final int MAX_NAME = 160;

    /** One problem: the field and a message key with its arguments. */
    record Problem(String field, DefaultMessageSourceResolvable message) {
        static Problem of(String field, String key, Object... args) {
            return new Problem(field, new DefaultMessageSourceResolvable(new String[] {key}, args));
        }
    }

    /** Either an entry or the problems; never both. */
    record Result(SessionEntry entry, List<Problem> problems) {
    }

    Result validate(Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        String path = RoutineLink.canonical(routinePath).orElse(null);
        if (path == null) {
            problems.add(Problem.of("routinePath", "history.invalid.routine"));
        }
        String name = trim(routineName);
        if (ControlCharacters.in(name)) {
            problems.add(Problem.of("routineName", "error.badRequest.control.routineName"));
        } else if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(Problem.of("routineName", "history.invalid.name", MAX_NAME));
        }
        Slot parsedSlot = null;
        try {
            parsedSlot = EnumParams.parse(Slot.class, "slot", trim(slot));
        } catch (BadRequestException e) {
            problems.add(Problem.of("slot", "history.invalid.slot", shown(slot)));
        }
        Integer planned = whole(plannedSeconds, 1, MAX_SECONDS);
        if (planned == null) {
            problems.add(Problem.of("plannedSeconds", "history.invalid.planned", shown(plannedSeconds)));
        }
        Integer duration = whole(durationSeconds, 1, MAX_SECONDS);
        if (duration == null) {
            problems.add(Problem.of("durationSeconds", "history.invalid.duration", shown(durationSeconds),
                    Integer.toString(MAX_SECONDS)));
        }
        ZoneId parsedZone = null;
        try {
            String z = trim(zone);
            if (z.length() <= 64) {
                parsedZone = ZoneId.of(z);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        if (parsedZone == null) {
            problems.add(Problem.of("zone", "history.invalid.zone", shown(zone)));
        }
        Integer beforeValue = rating(before, "before", problems);
        Integer afterValue = rating(after, "after", problems);

        List<String> movements = movement == null ? List.of() : movement.stream().map(LogForm::trim).toList();
        Set<String> doneSet = new LinkedHashSet<>(done == null ? List.of() : done.stream().map(LogForm::trim).toList());
        if (movements.isEmpty()) {
            problems.add(Problem.of("movement", "history.invalid.movements.none"));
        } else if (movements.size() > MAX_MOVEMENTS) {
            problems.add(Problem.of("movement", "history.invalid.movements.tooMany", MAX_MOVEMENTS));
        } else {
            Set<String> seen = new HashSet<>();
            for (String slug : movements) {
                if (catalog.find(slug).isEmpty()) {
                    problems.add(Problem.of("movement", "history.invalid.movement.unknown", shown(slug)));
                    break;
                }
                if (!seen.add(slug)) {
                    problems.add(Problem.of("movement", "history.invalid.movement.duplicate", shown(slug)));
                    break;
                }
            }
            for (String slug : doneSet) {
                if (!seen.contains(slug)) {
                    problems.add(Problem.of("done", "history.invalid.done", shown(slug)));
                    break;
                }
            }
        }
        if (done != null && doneSet.size() != done.size()) {
            problems.add(Problem.of("done", "history.invalid.done.duplicate"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new SessionEntry(path, name, parsedSlot, planned, duration, parsedZone, beforeValue,
                afterValue, movements, doneSet), List.of());
    }

    private static Integer rating(String raw, String field, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Integer value = whole(raw, 0, 10);
        if (value == null) {
            problems.add(Problem.of(field, "history.invalid.rating." + field, shown(raw)));
        }
        return value;
    }

    private static Integer whole(String raw, int min, int max) {
        String text = trim(raw);
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value < min || value > max ? null : value;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** The value as the message quotes it: cut short, so a huge post does not come back as a huge page. */
    private static String shown(String value) {
        return Echo.shorten(trim(value));
    }
}
