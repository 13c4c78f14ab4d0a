package app.limber.routine;

import java.time.LocalDate;

/**
 * The dates a routine can be planned for. A day far outside this window is a typo or a probe, and the database
 * would not store it faithfully (years before 1583 or past 9999 change on the way in), so it is refused.
 */
public final class PlanDates {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private PlanDates() {
    }

    public static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
