package app.limber.sheet;

import app.limber.catalog.Slot;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.routine.form.DayInputs;
import app.limber.routine.form.RoutineInputs;
import app.limber.system.EnumParams;
import app.limber.system.IcsFiles;
import app.limber.system.PublicUrls;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Daily reminders as an iCalendar file: one event per slot the user gave a time, repeating every day, linking to
 * that slot's generated routine without a date, so it always opens the routine of the day it is tapped.
 *
 * <p>Times are floating (no time zone): 07:30 stays 07:30 wherever the phone is, which is what a daily habit
 * wants, and it spares a VTIMEZONE block that some calendar apps import badly.
 */
@Component
class ReminderCalendar {

    private final RoutineLookup lookup;
    private final MessageSource messages;
    private final PublicUrls urls;

    ReminderCalendar(RoutineLookup lookup, MessageSource messages, PublicUrls urls) {
        this.lookup = lookup;
        this.messages = messages;
        this.urls = urls;
    }

    /**
     * @param inputs the routine inputs without slot and date (their date is ignored)
     * @throws app.limber.system.BadRequestException when an input is not valid
     */
    String ics(Map<Slot, LocalTime> times, DayInputs inputs, LocalDate firstDay, Locale locale) {
        Calendar calendar = new Calendar().withProdId("-//Limber//Stretch reminders//EN").withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty("X-WR-CALNAME", msg(locale, "reminders.ics.calendarName")))
                .getFluentTarget();
        String host = URI.create(urls.base()).getHost();
        times.forEach((slot, time) -> {
            RoutineRef ref = lookup.generated(inputs.forSlot(slot, null).params());
            int minutes = ref.routine().request().minutes();
            String slotLabel = msg(locale, "slot." + slot.name());
            // Without a date: the link opens the routine of whatever day it is tapped.
            String query = RoutineInputs.of(ref.routine().request()).undated().query();
            String url = urls.absolute("/routines/generate" + (query.isEmpty() ? "" : "?" + query));
            VEvent event = new VEvent(LocalDateTime.of(firstDay, time), Duration.ofMinutes(minutes),
                    msg(locale, "reminders.ics.summary", slotLabel, minutes));
            event.add(new Uid("limber-" + EnumParams.toParam(slot) + "-" + hash(query) + "@" + host));
            event.add(new RRule<>(new Recur.Builder<LocalDateTime>().frequency(Frequency.DAILY).build()));
            event.add(new Url(URI.create(url)));
            // Most apps ignore URL; the link in the description is the one people tap.
            event.add(new Description(msg(locale, "reminders.ics.description", url)));
            IcsFiles.alarmAtStart(event, msg(locale, "reminders.ics.summary", slotLabel, minutes));
            calendar.add(event);
        });
        return IcsFiles.write(calendar);
    }

    /** Stable for the same inputs, so importing the file again updates the events instead of doubling them. */
    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
