package app.limber.system;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;

/** What both calendar downloads (the week's sessions and the workday breaks) do the same way with ical4j. */
public final class IcsFiles {

    private IcsFiles() {
    }

    /** A display alarm at the event's start, saying the text: the reminder itself, not a notice ahead of it. */
    public static void alarmAtStart(VEvent event, String text) {
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(text));
        event.add(alarm);
    }

    /** The calendar as a validated .ics text. */
    public static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
