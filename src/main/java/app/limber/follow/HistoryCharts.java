package app.limber.follow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The geometry of the history page's three SVG charts, computed here so the template only draws: a calendar of
 * the last weeks, sessions per ISO week as bars, and tightness before and after as two lines on a 0-10 scale.
 * All words (labels, titles, summaries) come from the message bundle in the template.
 */
public final class HistoryCharts {

    /** Rated sessions shown on the tightness chart: the most recent ones. */
    public static final int MAX_RATED = 30;

    private HistoryCharts() {
    }

    // ---- Calendar: one column per week (Monday on top), one square per day

    public record Calendar(int width, int height, List<Cell> cells, List<Mark> rows, List<Mark> months) {
    }

    /** level: 0 no session, 1 one, 2 two or more. */
    public record Cell(int x, int y, int size, LocalDate date, int sessions, int level, boolean today,
                       boolean future) {
    }

    /** A label at (x, y): a weekday or month (date) or a number (value). */
    public record Mark(double x, double y, LocalDate date, double value) {
    }

    static final int CELL = 30;
    static final int GAP = 4;
    static final int CAL_LEFT = 44;
    static final int CAL_TOP = 22;

    public static Calendar calendar(List<HistoryStats.Day> days) {
        List<Cell> cells = new ArrayList<>();
        List<Mark> months = new ArrayList<>();
        int weeks = days.size() / 7;
        for (int i = 0; i < days.size(); i++) {
            HistoryStats.Day day = days.get(i);
            int column = i / 7;
            int row = i % 7;
            int x = CAL_LEFT + column * (CELL + GAP);
            int y = CAL_TOP + row * (CELL + GAP);
            cells.add(new Cell(x, y, CELL, day.date(), day.sessions(), Math.min(2, day.sessions()), day.today(),
                    day.future()));
            if (row == 0 && (column == 0 || day.date().getDayOfMonth() <= 7)) {
                // A month name over the first column and over each week that starts a new month.
                LocalDate labelDate = column == 0 ? day.date() : day.date().withDayOfMonth(1);
                months.add(new Mark(x, CAL_TOP - 8, labelDate, 0));
            }
        }
        List<Mark> rows = new ArrayList<>();
        for (int row = 0; row < 7; row += 2) {
            rows.add(new Mark(CAL_LEFT - 6, CAL_TOP + row * (CELL + GAP) + CELL / 2.0 + 5, days.get(row).date(), 0));
        }
        return new Calendar(CAL_LEFT + weeks * (CELL + GAP), CAL_TOP + 7 * (CELL + GAP), cells, rows, months);
    }

    // ---- Sessions per ISO week

    public record Bars(int width, int height, int baseline, List<Bar> bars, List<Mark> ticks) {
    }

    public record Bar(double x, double y, double width, double height, HistoryStats.Week week) {

        public double middle() {
            return x + width / 2;
        }
    }

    static final int BAR_W = 480;
    static final int BAR_H = 220;

    public static Bars weeks(List<HistoryStats.Week> weeks) {
        int left = 34;
        int top = 22;
        int bottom = BAR_H - 34;
        int most = weeks.stream().mapToInt(HistoryStats.Week::sessions).max().orElse(0);
        int scale = Math.max(4, most + most % 2);
        double slot = (BAR_W - left - 8) / (double) weeks.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            HistoryStats.Week week = weeks.get(i);
            double h = (bottom - top) * week.sessions() / (double) scale;
            bars.add(new Bar(round(left + i * slot + slot * 0.15), round(bottom - h), round(slot * 0.7), round(h),
                    week));
        }
        List<Mark> ticks = new ArrayList<>();
        for (int v = 0; v <= scale; v += scale / 2) {
            ticks.add(new Mark(left - 6, round(bottom - (bottom - top) * v / (double) scale), null, v));
        }
        return new Bars(BAR_W, BAR_H, bottom, bars, ticks);
    }

    // ---- Tightness before and after

    /**
     * The tightness chart and the figures said about it, each counting only the sessions it is computed from:
     * {@code rated} sessions drawn (the last {@link #MAX_RATED} of {@code ratedInAll} with any rating), and the
     * averages over the {@code paired} ones among them rated both before and after, so "before" and "after" are
     * averaged over the same sessions (a session rated only before would otherwise raise one side alone).
     */
    public record Line(int width, int height, int left, int right, int top, int bottom, List<Mark> yTicks,
                       List<Mark> xTicks, List<Point> before, List<Point> after, String beforePath,
                       String afterPath, int rated, int ratedInAll, int paired, Double averageBefore,
                       Double averageAfter) {

        public boolean empty() {
            return rated == 0;
        }

        /** Drawn sessions with only one of the two ratings: on the chart, not in the averages. */
        public int unpaired() {
            return rated - paired;
        }

        /** True when older rated sessions are left off the chart. */
        public boolean recentOnly() {
            return ratedInAll > rated;
        }
    }

    public record Point(double x, double y, LocalDate date, int value) {
    }

    static final int LINE_W = 640;
    static final int LINE_H = 260;

    /** sessions: oldest first, each with its local date. */
    public static Line tightness(List<SessionRecord> sessions, Function<SessionRecord, LocalDate> localDate) {
        List<SessionRecord> rated = sessions.stream().filter(SessionRecord::rated).toList();
        int ratedInAll = rated.size();
        if (rated.size() > MAX_RATED) {
            rated = rated.subList(rated.size() - MAX_RATED, rated.size());
        }
        int left = 44;
        int right = LINE_W - 20;
        int top = 16;
        int bottom = LINE_H - 40;
        List<Mark> yTicks = new ArrayList<>();
        for (int v = 0; v <= 10; v += 2) {
            yTicks.add(new Mark(left - 8, y(v, top, bottom), null, v));
        }
        List<Point> before = new ArrayList<>();
        List<Point> after = new ArrayList<>();
        List<Mark> xTicks = new ArrayList<>();
        if (!rated.isEmpty()) {
            LocalDate first = localDate.apply(rated.get(0));
            LocalDate last = localDate.apply(rated.get(rated.size() - 1));
            long span = ChronoUnit.DAYS.between(first, last);
            // Same-day sessions would sit on one x: spread by order when the dates do not tell them apart.
            boolean byOrder = span < rated.size() - 1;
            for (int i = 0; i < rated.size(); i++) {
                SessionRecord s = rated.get(i);
                LocalDate date = localDate.apply(s);
                double fraction = rated.size() == 1 ? 0.5
                        : byOrder ? i / (double) (rated.size() - 1)
                        : ChronoUnit.DAYS.between(first, date) / (double) span;
                double x = round(left + 12 + fraction * (right - left - 24));
                if (s.before() != null) {
                    before.add(new Point(x, y(s.before(), top, bottom), date, s.before()));
                }
                if (s.after() != null) {
                    after.add(new Point(x, y(s.after(), top, bottom), date, s.after()));
                }
            }
            xTicks.add(new Mark(left, bottom + 26, first, 0));
            if (!first.equals(last)) {
                xTicks.add(new Mark(right, bottom + 26, last, 0));
            }
        }
        List<SessionRecord> paired = rated.stream().filter(r -> r.before() != null && r.after() != null).toList();
        return new Line(LINE_W, LINE_H, left, right, top, bottom, yTicks, xTicks, before, after, path(before),
                path(after), rated.size(), ratedInAll, paired.size(), average(paired, SessionRecord::before),
                average(paired, SessionRecord::after));
    }

    private static double y(int value, int top, int bottom) {
        return round(bottom - (bottom - top) * value / 10.0);
    }

    private static String path(List<Point> points) {
        StringBuilder d = new StringBuilder();
        for (Point p : points) {
            d.append(d.isEmpty() ? "M" : " L").append(fmt(p.x())).append(' ').append(fmt(p.y()));
        }
        return d.toString();
    }

    private static Double average(List<SessionRecord> sessions, Function<SessionRecord, Integer> rating) {
        OptionalDouble avg = sessions.stream().mapToInt(rating::apply).average();
        return avg.isPresent() ? Math.round(avg.getAsDouble() * 10) / 10.0 : null;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
