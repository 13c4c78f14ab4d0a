package app.limber.routine;

import java.time.LocalDate;

/**
 * The dates a routine can be planned for. A day far outside this window is a typo or a probe, and the database
 * would not store it faithfully (years before 1583 or past 9999 change on the way in), so it is refused.
 */
public final class PlanDates {

    /** The window as text, for the constraint that quotes it ({@code app.limber.routine.form.PlanDate}). */
    public static final String FIRST_TEXT = "2000-01-01";
    public static final String LAST_TEXT = "2199-12-31";
    public static final LocalDate FIRST = LocalDate.parse(FIRST_TEXT);
    public static final LocalDate LAST = LocalDate.parse(LAST_TEXT);

    private PlanDates() {
    }

    public static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
