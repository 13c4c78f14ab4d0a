package app.limber.routine.web;

import java.time.LocalDate;
import java.util.List;

/**
 * The week plan as JSON: seven days from {@code start}, each with its morning, midday and evening routines in that
 * order, each the same routine object {@code /api/routines/generate} answers for that slot and day.
 *
 * @param url the week plan's page for the same inputs, its first day pinned
 */
record WeekPlanJson(LocalDate start, LocalDate end, String url, List<Day> days) {

    /** One day: its date, the weekday in the request's language, and its three routines. */
    record Day(LocalDate date, String weekday, List<RoutineJson> routines) {
    }
}
