package app.limber.sheet;

import app.limber.catalog.Slot;
import app.limber.system.BadRequestException;
import app.limber.system.EnumParams;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/** The reminder time picked for each slot ({@code morning=07:30}); a slot left empty gets no reminder. */
final class ReminderTimes {

    /** What a browser's time field sends (07:30, or 07:30:00 with a seconds step); 7:30 is accepted too. */
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)(:[0-5]\\d)?");

    private ReminderTimes() {
    }

    /**
     * @throws BadRequestException naming the field when a value is not a time, or when no slot has a time
     */
    static Map<Slot, LocalTime> parse(MultiValueMap<String, String> params) {
        Map<Slot, LocalTime> times = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            String field = EnumParams.toParam(slot);
            String raw = params.getFirst(field);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            var m = TIME.matcher(raw.strip());
            if (!m.matches()) {
                throw new BadRequestException(field, raw, "error.badRequest.time", field, raw);
            }
            times.put(slot, LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (times.isEmpty()) {
            throw new BadRequestException("morning", "", "error.badRequest.noTime");
        }
        return times;
    }
}
