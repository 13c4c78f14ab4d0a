package app.limber.follow.web;

import app.limber.follow.SessionRecord;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The caller's sessions as CSV (RFC 4180), one row per session, dates in the zone each was logged in. */
final class HistoryCsv {

    static final String HEADER = "date,time,zone,routine,slot,link,duration_seconds,planned_seconds,"
            + "movements_done,movements_skipped,done,skipped,tightness_before,tightness_after";

    private HistoryCsv() {
    }

    static String write(List<SessionRecord> sessions) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
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
