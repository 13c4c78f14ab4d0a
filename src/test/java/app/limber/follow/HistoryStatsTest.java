package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HistoryStatsTest {

    static final ZoneId UTC = ZoneOffset.UTC;

    /** Sessions at noon UTC on these days. */
    static List<Instant> on(String... days) {
        return Arrays.stream(days).map(d -> LocalDate.parse(d).atTime(12, 0).toInstant(ZoneOffset.UTC)).toList();
    }

    static HistoryStats stats(String today, String... days) {
        return HistoryStats.of(on(days), UTC, LocalDate.parse(today));
    }

    @Nested
    class Streaks {

        @Test
        void no_sessions_no_streak() {
            HistoryStats s = stats("2026-03-10");
            assertThat(s.current()).isEqualTo(HistoryStats.Streak.NONE);
            assertThat(s.current().days()).isZero();
            assertThat(s.longest().days()).isZero();
        }

        @Test
        void consecutive_days_make_a_streak_that_includes_today() {
            HistoryStats s = stats("2026-03-10", "2026-03-08", "2026-03-09", "2026-03-10");
            assertThat(s.current().days()).isEqualTo(3);
            assertThat(s.current().activeDays()).isEqualTo(3);
        }

        @Test
        void two_rest_days_in_a_row_keep_the_streak_going() {
            // Mon, Thu, Sun: two rest days between each.
            HistoryStats s = stats("2026-03-08", "2026-03-02", "2026-03-05", "2026-03-08");
            assertThat(s.current().start()).isEqualTo(LocalDate.parse("2026-03-02"));
            assertThat(s.current().days()).isEqualTo(7);
            assertThat(s.current().activeDays()).isEqualTo(3);
        }

        @Test
        void three_rest_days_in_a_row_break_it() {
            // 2 March, then 6 March: 3, 4 and 5 March without a session.
            HistoryStats s = stats("2026-03-06", "2026-03-01", "2026-03-02", "2026-03-06");
            assertThat(s.current().start()).isEqualTo(LocalDate.parse("2026-03-06"));
            assertThat(s.current().days()).isEqualTo(1);
            assertThat(s.longest().days()).isEqualTo(2);
            assertThat(s.longest().end()).isEqualTo(LocalDate.parse("2026-03-02"));
        }

        @Test
        void the_current_streak_survives_two_rest_days_and_ends_once_the_third_is_over() {
            assertThat(stats("2026-03-07", "2026-03-04", "2026-03-05").current().days()).isEqualTo(2);
            // 6 and 7 March were rest days; 8 March is not one yet: a session today would still join the run.
            assertThat(stats("2026-03-08", "2026-03-04", "2026-03-05").current().days()).isEqualTo(2);
            // 6, 7 and 8 March without a session: over.
            assertThat(stats("2026-03-09", "2026-03-04", "2026-03-05").current()).isEqualTo(HistoryStats.Streak.NONE);
            assertThat(stats("2026-03-09", "2026-03-04", "2026-03-05").longest().days()).isEqualTo(2);
        }

        @Test
        void a_streak_shown_early_in_the_day_is_the_one_a_session_later_that_day_extends() {
            HistoryStats morning = stats("2026-03-08", "2026-03-04", "2026-03-05");
            HistoryStats evening = stats("2026-03-08", "2026-03-04", "2026-03-05", "2026-03-08");
            assertThat(morning.current().start()).isEqualTo(evening.current().start());
            assertThat(evening.current().days()).isEqualTo(5);
        }

        @Test
        void the_current_streak_is_alive_exactly_while_a_session_today_would_join_its_run() {
            List<String> days = List.of("2026-03-04", "2026-03-05");
            for (int ahead = 0; ahead <= 6; ahead++) {
                String today = LocalDate.parse("2026-03-05").plusDays(ahead).toString();
                HistoryStats before = stats(today, days.toArray(String[]::new));
                List<String> withToday = new ArrayList<>(days);
                withToday.add(today);
                HistoryStats after = stats(today, withToday.toArray(String[]::new));
                boolean joins = after.current().start().equals(LocalDate.parse("2026-03-04"));
                assertThat(before.current().days() > 0).as("today %s", today).isEqualTo(joins);
            }
        }

        @Test
        void several_sessions_on_one_day_count_as_one_active_day() {
            HistoryStats s = HistoryStats.of(List.of(Instant.parse("2026-03-10T07:00:00Z"),
                    Instant.parse("2026-03-10T12:00:00Z"), Instant.parse("2026-03-10T20:00:00Z")), UTC,
                    LocalDate.parse("2026-03-10"));
            assertThat(s.current().days()).isEqualTo(1);
            assertThat(s.current().activeDays()).isEqualTo(1);
            assertThat(s.sessions()).isEqualTo(3);
        }

        @Test
        void a_streak_runs_across_the_year_end() {
            HistoryStats s = stats("2026-01-02", "2025-12-29", "2025-12-31", "2026-01-02");
            assertThat(s.current().days()).isEqualTo(5);
        }
    }

    @Nested
    class Weeks {

        @Test
        void weeks_are_iso_weeks_and_the_last_is_the_current_one() {
            HistoryStats s = stats("2026-03-11", "2026-03-09", "2026-03-11", "2026-03-02");
            assertThat(s.weeks()).hasSize(HistoryStats.WEEKS);
            HistoryStats.Week last = s.weeks().get(HistoryStats.WEEKS - 1);
            assertThat(last.monday()).isEqualTo(LocalDate.parse("2026-03-09"));
            assertThat(last.label()).isEqualTo("2026-W11");
            assertThat(last.sessions()).isEqualTo(2);
            assertThat(s.weeks().get(HistoryStats.WEEKS - 2).sessions()).isEqualTo(1);
            assertThat(s.thisWeek()).isEqualTo(2);
        }

        @Test
        void monday_29_december_2025_is_in_week_1_of_2026() {
            HistoryStats s = stats("2026-01-04", "2025-12-28", "2025-12-29", "2026-01-01", "2026-01-04");
            HistoryStats.Week last = s.weeks().get(HistoryStats.WEEKS - 1);
            assertThat(last.label()).isEqualTo("2026-W01");
            assertThat(last.sessions()).isEqualTo(3);
            assertThat(s.weeks().get(HistoryStats.WEEKS - 2).label()).isEqualTo("2025-W52");
            assertThat(s.weeks().get(HistoryStats.WEEKS - 2).sessions()).isEqualTo(1);
        }

        @Test
        void a_53_week_year_has_its_week_53() {
            // 2020 has 53 ISO weeks; 1 January 2021 (a Friday) belongs to 2020-W53.
            HistoryStats s = stats("2021-01-03", "2021-01-01");
            HistoryStats.Week last = s.weeks().get(HistoryStats.WEEKS - 1);
            assertThat(last.label()).isEqualTo("2020-W53");
            assertThat(last.sessions()).isEqualTo(1);
        }

        @Test
        void the_calendar_covers_whole_weeks_monday_first_and_marks_today_and_the_days_ahead() {
            HistoryStats s = stats("2026-03-11", "2026-03-11", "2026-01-19");
            assertThat(s.calendar()).hasSize(7 * HistoryStats.WEEKS);
            assertThat(s.calendar().get(0).date()).isEqualTo(LocalDate.parse("2026-01-19"));
            assertThat(s.calendar().get(0).sessions()).isEqualTo(1);
            assertThat(s.calendar()).filteredOn(HistoryStats.Day::today).singleElement()
                    .extracting(HistoryStats.Day::date).isEqualTo(LocalDate.parse("2026-03-11"));
            assertThat(s.calendar()).filteredOn(HistoryStats.Day::future).hasSize(4);
            assertThat(s.calendar().get(s.calendar().size() - 1).date()).isEqualTo(LocalDate.parse("2026-03-15"));
        }
    }

    @Nested
    class TimeZones {

        // 23:30 UTC on 1 March is already 2 March in Tokyo and still 1 March (18:30) in New York.
        final Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
        final Instant nextMorning = Instant.parse("2026-03-02T07:00:00Z");

        @Test
        void a_session_belongs_to_the_local_date_of_the_zone() {
            HistoryStats tokyo = HistoryStats.of(List.of(lateEvening), ZoneId.of("Asia/Tokyo"),
                    LocalDate.parse("2026-03-02"));
            assertThat(tokyo.calendar()).filteredOn(d -> d.sessions() > 0).singleElement()
                    .extracting(HistoryStats.Day::date).isEqualTo(LocalDate.parse("2026-03-02"));
            HistoryStats newYork = HistoryStats.of(List.of(lateEvening), ZoneId.of("America/New_York"),
                    LocalDate.parse("2026-03-02"));
            assertThat(newYork.calendar()).filteredOn(d -> d.sessions() > 0).singleElement()
                    .extracting(HistoryStats.Day::date).isEqualTo(LocalDate.parse("2026-03-01"));
        }

        @Test
        void two_sessions_are_one_day_in_one_zone_and_two_days_in_another() {
            var both = List.of(lateEvening, nextMorning);
            HistoryStats tokyo = HistoryStats.of(both, ZoneId.of("Asia/Tokyo"), LocalDate.parse("2026-03-02"));
            HistoryStats utc = HistoryStats.of(both, UTC, LocalDate.parse("2026-03-02"));
            assertThat(tokyo.current().activeDays()).isEqualTo(1);
            assertThat(utc.current().activeDays()).isEqualTo(2);
        }

        @Test
        void a_sunday_night_session_falls_in_another_iso_week_across_zones() {
            // Sunday 4 January 2026, 22:00 in New York is Monday 5 January 03:00 UTC: week 1 there, week 2 in UTC.
            Instant sundayNight = Instant.parse("2026-01-05T03:00:00Z");
            HistoryStats newYork = HistoryStats.of(List.of(sundayNight), ZoneId.of("America/New_York"),
                    LocalDate.parse("2026-01-04"));
            assertThat(newYork.weeks().get(HistoryStats.WEEKS - 1).label()).isEqualTo("2026-W01");
            assertThat(newYork.thisWeek()).isEqualTo(1);
            HistoryStats utc = HistoryStats.of(List.of(sundayNight), UTC, LocalDate.parse("2026-01-05"));
            assertThat(utc.weeks().get(HistoryStats.WEEKS - 1).label()).isEqualTo("2026-W02");
            assertThat(utc.thisWeek()).isEqualTo(1);
        }
    }
}
