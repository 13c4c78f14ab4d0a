package app.limber.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workday break rule, the same as static/js/reminders-schedule.js (both are tested against
 * src/test/resources/reminder/schedule-cases.json): counting from the start of work, a movement break every
 * {@code every} minutes and a longer stretch break every {@code stretch} minutes (0: none), each strictly before the
 * end of work; where both fall at once the stretch break wins; a break inside a quiet time is dropped.
 *
 * @param days    the work days (the calendar repeats on these only)
 * @param every   minutes between movement breaks
 * @param stretch minutes between stretch breaks, 0 for none
 * @param quiet   times without reminders (from inclusive, to exclusive)
 */
record WorkdaySchedule(Set<DayOfWeek> days, LocalTime start, LocalTime end, int every, int stretch,
                       List<Quiet> quiet) {

    /** A short walk or a few shoulder rolls, and the five-minute stretch break (StretchMed's two kinds). */
    enum Kind { MOVE, STRETCH }

    record Break(LocalTime time, Kind kind) {
    }

    record Quiet(LocalTime from, LocalTime to) {

        boolean covers(LocalTime time) {
            return from.isBefore(to) && !time.isBefore(from) && time.isBefore(to);
        }
    }

    WorkdaySchedule {
        days = Set.copyOf(days);
        quiet = List.copyOf(quiet);
    }

    /** One work day's breaks, in order. */
    List<Break> breaks() {
        TreeMap<Integer, Kind> kinds = new TreeMap<>();
        int from = start.toSecondOfDay() / 60;
        int to = end.toSecondOfDay() / 60;
        if (from >= to) {
            return List.of();
        }
        if (every > 0) {
            for (int t = from + every; t < to; t += every) {
                kinds.put(t, Kind.MOVE);
            }
        }
        if (stretch > 0) {
            for (int t = from + stretch; t < to; t += stretch) {
                kinds.put(t, Kind.STRETCH);
            }
        }
        return kinds.entrySet().stream()
                .map(e -> new Break(LocalTime.of(e.getKey() / 60, e.getKey() % 60), e.getValue()))
                .filter(b -> quiet.stream().noneMatch(q -> q.covers(b.time())))
                .toList();
    }
}
