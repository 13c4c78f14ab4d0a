package app.limber.reminder;

import app.limber.system.BadRequestException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The workday settings as the settings page sends them to the calendar download ({@code /reminders/workday.ics});
 * the same names the page's script stores in the browser. Null is "not given": the defaults below fill in.
 *
 * @param day       the work days ({@code monday}...); none ticked is Monday to Friday
 * @param every     minutes between movement breaks
 * @param stretch   minutes between the longer stretch breaks, 0 for none
 * @param quietFrom start of a time without reminders (a lunch break, a daily meeting), with {@code quietTo}
 * @param zone      the person's time zone: the calendar's times are in it (the page fills in the browser's)
 */
record WorkdayForm(Set<DayOfWeek> day,
                   @Pattern(regexp = TIME, message = "{reminder.error.time}") String start,
                   @Pattern(regexp = TIME, message = "{reminder.error.time}") String end,
                   @Min(MIN_EVERY) @Max(MAX_EVERY) Integer every,
                   @Min(0) @Max(MAX_STRETCH) Integer stretch,
                   @Pattern(regexp = TIME, message = "{reminder.error.time}") String quietFrom,
                   @Pattern(regexp = TIME, message = "{reminder.error.time}") String quietTo,
                   @NotNull ZoneId zone) {

    static final String NAME = "reminder";
    /** What a browser's time field sends: 09:00, or 09:00:00 with a seconds step. */
    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?";
    static final int MIN_EVERY = 15;
    static final int MAX_EVERY = 240;
    static final int MAX_STRETCH = 480;

    static final Set<DayOfWeek> DEFAULT_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final String DEFAULT_START = "09:00";
    static final String DEFAULT_END = "17:00";
    /** StretchMed: "get up and move for a few minutes every hour". */
    static final int DEFAULT_EVERY = 60;
    /** StretchMed says "a dedicated five-minute break to stretch every few hours" with no figure: three is Limber's. */
    static final int DEFAULT_STRETCH = 180;

    WorkdayForm {
        day = day == null || day.isEmpty() ? DEFAULT_DAYS : Set.copyOf(day);
        start = start == null ? DEFAULT_START : start;
        end = end == null ? DEFAULT_END : end;
        every = every == null ? DEFAULT_EVERY : every;
        stretch = stretch == null ? DEFAULT_STRETCH : stretch;
    }

    /** The settings page's first view: the defaults, in this zone. */
    static WorkdayForm defaults(ZoneId zone) {
        return new WorkdayForm(null, null, null, null, null, null, null, zone);
    }

    /**
     * The schedule these settings ask for.
     *
     * @throws BadRequestException when work ends before it starts, or a quiet time has only one end
     */
    WorkdaySchedule schedule() {
        LocalTime from = LocalTime.parse(start);
        LocalTime to = LocalTime.parse(end);
        if (!from.isBefore(to)) {
            throw new BadRequestException("end", end, "reminder.error.hours", start, end);
        }
        if ((quietFrom == null) != (quietTo == null)) {
            String given = quietFrom == null ? quietTo : quietFrom;
            throw new BadRequestException(quietFrom == null ? "quietTo" : "quietFrom", given,
                    "reminder.error.quietHalf", given);
        }
        List<WorkdaySchedule.Quiet> quiet = quietFrom == null ? List.of()
                : List.of(new WorkdaySchedule.Quiet(LocalTime.parse(quietFrom), LocalTime.parse(quietTo)));
        return new WorkdaySchedule(day, from, to, every, stretch, quiet);
    }
}
