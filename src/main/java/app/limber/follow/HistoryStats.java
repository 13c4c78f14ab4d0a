package app.limber.follow;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of the history page, computed in one time zone (the browser's): streaks that allow rest days,
 * sessions per ISO week and a calendar of the last weeks. Plain Java; the rules are in docs/player-and-history.md.
 *
 * <p>The streak rule: a streak is a run of session days in which no gap holds more than {@link #MAX_REST_DAYS}
 * days without a session. Its length counts calendar days from its first session day to its last, rest days
 * inside it included. The current streak is the last run while a session today would still join it: today is
 * not a rest day until it is over, so the run stays current while at most {@code MAX_REST_DAYS} whole days have
 * passed since its last session day, and ends on the next one.
 */
public record HistoryStats(Streak current, Streak longest, int sessions, List<Week> weeks, List<Day> calendar) {

    /** Rest days allowed in a row without breaking a streak. */
    public static final int MAX_REST_DAYS = 2;

    /** Weeks on the calendar and the weekly chart. */
    public static final int WEEKS = 8;

    /** A run of session days; {@link #NONE} when there is none. */
    public record Streak(LocalDate start, LocalDate end, int activeDays) {

        public static final Streak NONE = new Streak(null, null, 0);

        /** Calendar days from the first session day to the last, rest days inside included. */
        public int days() {
            return start == null ? 0 : (int) ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** An ISO week (Monday to Sunday, numbered by its week-based year: 2025-12-29 is in 2026-W01). */
    public record Week(int year, int week, LocalDate monday, int sessions) {

        public String label() {
            return String.format("%d-W%02d", year, week);
        }
    }

    /** A day of the calendar: its sessions, whether it is today or still ahead. */
    public record Day(LocalDate date, int sessions, boolean today, boolean future) {
    }

    public HistoryStats {
        weeks = List.copyOf(weeks);
        calendar = List.copyOf(calendar);
    }

    public static HistoryStats of(List<Instant> sessions, ZoneId zone, LocalDate today) {
        Map<LocalDate, Long> perDay = sessions.stream()
                .map(at -> at.atZone(zone).toLocalDate())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        List<Streak> runs = runs(new ArrayList<>(perDay.keySet()));
        Streak last = runs.isEmpty() ? Streak.NONE : runs.get(runs.size() - 1);
        Streak current = last.end() != null && !last.end().isAfter(today) && joins(last.end(), today)
                ? last : Streak.NONE;
        Streak longest = runs.stream()
                .max(Comparator.comparingInt(Streak::days).thenComparingInt(Streak::activeDays)
                        .thenComparing(Streak::end))
                .orElse(Streak.NONE);
        LocalDate firstMonday = today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1L);
        List<Week> weeks = new ArrayList<>();
        List<Day> calendar = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            int count = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate date = monday.plusDays(d);
                int n = perDay.getOrDefault(date, 0L).intValue();
                count += n;
                calendar.add(new Day(date, n, date.equals(today), date.isAfter(today)));
            }
            weeks.add(new Week(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    monday, count));
        }
        return new HistoryStats(current, longest, sessions.size(), weeks, calendar);
    }

    /** Session days (sorted, distinct) cut into streaks wherever more than MAX_REST_DAYS days pass without one. */
    static List<Streak> runs(List<LocalDate> days) {
        List<Streak> runs = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        int active = 0;
        for (LocalDate day : days) {
            if (end != null && !joins(end, day)) {
                runs.add(new Streak(start, end, active));
                start = null;
            }
            if (start == null) {
                start = day;
                active = 0;
            }
            end = day;
            active++;
        }
        if (start != null) {
            runs.add(new Streak(start, end, active));
        }
        return runs;
    }

    /**
     * Whether a session on {@code day} continues a run whose last session day is {@code end}: the days strictly
     * between them (the rest days) are at most MAX_REST_DAYS. The one rule for both runs and the current streak.
     */
    static boolean joins(LocalDate end, LocalDate day) {
        return ChronoUnit.DAYS.between(end, day) <= MAX_REST_DAYS + 1;
    }

    /** Sessions in the week that holds today (the last of {@link #weeks}). */
    public int thisWeek() {
        return weeks.get(weeks.size() - 1).sessions();
    }
}
