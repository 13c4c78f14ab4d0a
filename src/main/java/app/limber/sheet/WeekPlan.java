package app.limber.sheet;

import java.util.List;

/**
 * Seven days of morning, midday and evening routines on one page, each with a tick box.
 *
 * @param slots the column heads (slot names)
 * @param range the first and last day, in words
 */
record WeekPlan(String range, List<String> slots, List<Day> days, String siteUrl) {

    WeekPlan {
        slots = List.copyOf(slots);
        days = List.copyOf(days);
    }

    record Day(String label, List<Cell> cells) {
        Day {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One routine of the week.
     *
     * @param summary "10 min · 7 movements"
     * @param names   movement names in order, at most {@link WeekPlanFactory#NAMES_SHOWN} and then "+ 5 more",
     *                joined by a middle dot that never starts a line
     * @param url     the absolute URL of that day's routine
     */
    record Cell(String slot, String summary, String names, String url) {
    }
}
