package app.limber.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.system.BadRequestException;
import app.limber.system.PublicUrlSettings;
import app.limber.system.PublicUrls;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The workday calendar file, parsed back with ical4j the way a calendar app reads it: one weekly event per break
 * time on the work days only, in the person's zone (TZID with its VTIMEZONE, not floating), each with UID, DTSTAMP
 * and an absolute link to its routine, and no validation error (the daily reminders' METHOD:PUBLISH asks for an
 * ORGANIZER; this file has no METHOD).
 */
class WorkdayCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Saturday: the events must start on the next work day. */
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    final WorkdayCalendar calendar = new WorkdayCalendar(messages(),
            new PublicUrls(new PublicUrlSettings("https://limber.example")));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/common");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static WorkdaySchedule nineToFive() {
        return new WorkdaySchedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), 60, 180, List.of(new WorkdaySchedule.Quiet(LocalTime.of(12, 30),
                LocalTime.of(13, 30))));
    }

    Calendar parsed(WorkdaySchedule schedule, ZoneId zone) throws Exception {
        String ics = calendar.ics(schedule, zone, SATURDAY, Locale.ENGLISH);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void one_weekly_event_per_break_on_the_work_days_in_the_persons_zone() throws Exception {
        Calendar ics = parsed(nineToFive(), BERLIN);
        List<VEvent> events = ics.getComponents(Component.VEVENT);
        // 10, 11, 12 (stretch), 14, 15 (stretch), 16: 13:00 is in the quiet time.
        assertThat(events).extracting(e -> value(e, Property.DTSTART)).containsExactly("20261130T100000",
                "20261130T110000", "20261130T120000", "20261130T140000", "20261130T150000", "20261130T160000");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID))
                    .hasValueSatisfying(tz -> assertThat(tz.getValue()).isEqualTo("Europe/Berlin"));
            RRule<?> rule = e.getProperty(Property.RRULE).map(p -> (RRule<?>) p).orElseThrow();
            assertThat(rule.getRecur().getFrequency()).isEqualTo(Frequency.WEEKLY);
            assertThat(rule.getRecur().getDayList()).containsExactly(WeekDay.MO, WeekDay.TU, WeekDay.WE, WeekDay.TH,
                    WeekDay.FR);
            assertThat(value(e, Property.UID)).startsWith("limber-workday-").endsWith("@limber.example");
            assertThat(value(e, Property.DTSTAMP)).isNotBlank();
            assertThat(e.getAlarms()).hasSize(1);
        });
        assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates();
        List<VTimeZone> zones = ics.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(z -> assertThat(value(z, Property.TZID)).isEqualTo("Europe/Berlin"));
        assertThat(ics.getProperty(Property.METHOD)).isEmpty();
        assertThat(ics.validate().hasErrors()).as(ics.validate().toString()).isFalse();
    }

    @Test
    void each_event_links_to_its_routine_in_the_player_the_movement_break_or_the_five_minute_desk_routine() throws Exception {
        List<VEvent> events = parsed(nineToFive(), BERLIN).getComponents(Component.VEVENT);
        String stretch = "https://limber.example/routines/generate/follow?slot=midday&minutes=5&place=desk";
        String move = "https://limber.example/routines/break/follow";
        assertThat(events).extracting(e -> value(e, Property.URL))
                .containsExactly(move, move, stretch, move, stretch, move);
        assertThat(events).allSatisfy(e -> assertThat(value(e, Property.DESCRIPTION)).contains(value(e, Property.URL)));
        assertThat(events).extracting(e -> value(e, Property.DURATION))
                .containsExactly("PT2M", "PT2M", "PT5M", "PT2M", "PT5M", "PT2M");
    }

    @Test
    void ten_oclock_stays_ten_oclock_local_across_the_change_to_summer_time() throws Exception {
        VEvent ten = parsed(nineToFive(), BERLIN).<VEvent>getComponents(Component.VEVENT).get(0);
        DtStart<Temporal> start = ten.getDateTimeStart();
        RRule<Temporal> rule = ten.<RRule<Temporal>>getProperty(Property.RRULE).orElseThrow();
        // The last week of March 2027: Europe moves its clocks on Sunday the 28th.
        List<Temporal> dates = rule.getRecur().getDates(start.getDate(),
                ZonedDateTime.of(2027, 3, 25, 0, 0, 0, 0, BERLIN), ZonedDateTime.of(2027, 3, 31, 0, 0, 0, 0, BERLIN));
        assertThat(dates).extracting(d -> ZonedDateTime.from(d).withZoneSameInstant(BERLIN).toLocalDateTime())
                .containsExactly(LocalDateTime.of(2027, 3, 25, 10, 0), LocalDateTime.of(2027, 3, 26, 10, 0),
                        LocalDateTime.of(2027, 3, 29, 10, 0), LocalDateTime.of(2027, 3, 30, 10, 0));
        assertThat(dates).extracting(d -> ZonedDateTime.from(d).getOffset().getTotalSeconds() / 3600)
                .containsExactly(1, 1, 2, 2);
    }

    @Test
    void chosen_days_only_starting_on_the_first_of_them() throws Exception {
        WorkdaySchedule tuesThurs = new WorkdaySchedule(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 0), LocalTime.of(10, 0), 60, 0, List.of());
        List<VEvent> events = parsed(tuesThurs, ZoneId.of("America/New_York")).getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> value(e, Property.DTSTART)).containsExactly("20261201T090000");
        assertThat(events).extracting(e -> value(e, Property.RRULE)).containsExactly("FREQ=WEEKLY;BYDAY=TU,TH");
    }

    @Test
    void a_zone_without_a_calendar_definition_is_refused() {
        assertThatThrownBy(() -> calendar.ics(nineToFive(), ZoneId.of("+05:00"), SATURDAY, Locale.ENGLISH))
                .isInstanceOf(BadRequestException.class);
    }

    /** Why the daily reminders' file draws an ical4j warning, and why this one leaves METHOD out. */
    @Test
    void with_method_publish_ical4j_asks_for_an_organizer() throws Exception {
        Calendar ics = parsed(nineToFive(), BERLIN);
        ics.add(new Method(Method.VALUE_PUBLISH));
        assertThat(ics.validate().toString()).contains("ORGANIZER");
    }
}
