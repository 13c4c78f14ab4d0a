package app.limber.follow.web;

import app.limber.follow.SessionRecord;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The caller's sessions as CSV (RFC 4180), one row per session, dates in the zone each was logged in. The column
 * names are in the page's language (message {@code history.csv.header}); the values stay in forms any spreadsheet
 * reads alike (ISO dates, 24-hour times, plain numbers), whatever the language.
 */
final class HistoryCsv {

    /** As many as each row has; every language's header names them in this order. */
    static final int COLUMNS = 14;

    private HistoryCsv() {
    }

    static String write(String header, List<SessionRecord> sessions) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (SessionRecord s : sessions) {
            ZonedDateTime at = s.at(s.zone());
            row(csv, at.toLocalDate().toString(), at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
                    s.zone().getId(), s.routineName(), s.slot().name().toLowerCase(java.util.Locale.ROOT),
                    s.routinePath() == null ? "" : s.routinePath(), Integer.toString(s.durationSeconds()), Integer.toString(s.plannedSeconds()),
                    Integer.toString(s.done().size()), Integer.toString(s.skipped().size()),
                    String.join(";", s.done()), String.join(";", s.skipped()),
                    s.before() == null ? "" : s.before().toString(), s.after() == null ? "" : s.after().toString());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quoted when needed; a leading = + - @ gets a ' so a spreadsheet does not run it as a formula. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
