package app.limber.reminder;

import app.limber.system.BadRequestException;
import app.limber.system.IcsFiles;
import app.limber.system.PublicUrls;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The workday break schedule as an iCalendar file: one event per break time, repeating weekly on the work days
 * (a recurrence rule, not an event per day), in the person's time zone (TZID with its VTIMEZONE, so 10:00 stays
 * 10:00 local across daylight-saving changes), each linking to its routine.
 *
 * <p>No METHOD property: an iTIP PUBLISH (what the daily reminders in sheet send) requires an ORGANIZER on every
 * event, which is why ical4j's validator warns there; a plain file to import needs neither.
 */
@Component
class WorkdayCalendar {

    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("HHmm");

    private final MessageSource messages;
    private final PublicUrls urls;
    // Built on the first download, not at start: ical4j's registry takes about 170 ms to set up, a cost every
    // launch would pay for a file few people ask for.
    private final SingletonSupplier<TimeZoneRegistry> zones =
            SingletonSupplier.of(() -> TimeZoneRegistryFactory.getInstance().createRegistry());

    WorkdayCalendar(MessageSource messages, PublicUrls urls) {
        this.messages = messages;
        this.urls = urls;
    }

    /**
     * @param today the person's today (in their zone): the events start on the first work day from it
     * @throws BadRequestException when ical4j has no definition for the zone
     */
    String ics(WorkdaySchedule schedule, ZoneId zone, LocalDate today, Locale locale) {
        TimeZone timeZone = zones.obtain().getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new BadRequestException("zone", zone.getId(), "reminder.error.zone", zone.getId());
        }
        Calendar calendar = new Calendar().withProdId("-//Limber//Workday breaks//EN").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", msg(locale, "reminder.ics.calendarName")))
                .withProperty(new XProperty("X-WR-TIMEZONE", timeZone.getID()))
                .getFluentTarget();
        calendar.add(timeZone.getVTimeZone());
        LocalDate first = today;
        while (!schedule.days().contains(first.getDayOfWeek())) {
            first = first.plusDays(1);
        }
        List<WeekDay> byDay = schedule.days().stream().sorted().map(WeekDay::getWeekDay).toList();
        Recur<ZonedDateTime> recur = new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY)
                .dayList(byDay).build();
        String host = URI.create(urls.base()).getHost();
        for (WorkdaySchedule.Break b : schedule.breaks()) {
            String kind = b.kind().name().toLowerCase(Locale.ROOT);
            int minutes = BreakLinks.minutes(b.kind());
            String summary = msg(locale, "reminder.ics.summary." + kind, minutes);
            String url = urls.absolute(BreakLinks.path(b.kind()));
            ZonedDateTime start = ZonedDateTime.of(first, b.time(), zone);
            VEvent event = new VEvent(start, Duration.ofMinutes(minutes), summary);
            // Stable per time of day: importing again after a change updates these events instead of doubling them.
            event.add(new Uid("limber-workday-" + UID_TIME.format(b.time()) + "@" + host));
            event.add(new RRule<>(recur));
            event.add(new Url(URI.create(url)));
            // Most calendar apps ignore URL; the link in the description is the one people tap.
            event.add(new Description(msg(locale, "reminder.ics.description." + kind, url)));
            IcsFiles.alarmAtStart(event, summary);
            calendar.add(event);
        }
        return IcsFiles.write(calendar);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
