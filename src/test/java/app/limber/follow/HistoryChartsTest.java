package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Slot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tightness chart's figures count only the sessions they are computed from. Plain Java. */
class HistoryChartsTest {

    private static SessionRecord rated(int day, Integer before, Integer after) {
        return new SessionRecord(day, Instant.parse("2026-11-01T08:00:00Z").plusSeconds(86_400L * day),
                ZoneOffset.UTC, "/routines/generate", "Morning", Slot.MORNING, 300, 300, before, after,
                List.of("cat-cow"), List.of());
    }

    private static HistoryCharts.Line line(List<SessionRecord> sessions) {
        return HistoryCharts.tightness(sessions, s -> LocalDate.ofInstant(s.loggedAt(), ZoneOffset.UTC));
    }

    @Test
    void the_averages_are_over_the_sessions_rated_both_before_and_after() {
        // The case: three rated sessions, only two with a before rating.
        HistoryCharts.Line line = line(List.of(rated(0, 6, 3), rated(1, 6, 3), rated(2, null, 3)));
        assertThat(line.rated()).isEqualTo(3);
        assertThat(line.paired()).isEqualTo(2);
        assertThat(line.unpaired()).isEqualTo(1);
        assertThat(line.averageBefore()).isEqualTo(6.0);
        assertThat(line.averageAfter()).isEqualTo(3.0);
        assertThat(line.before()).hasSize(2);
        assertThat(line.after()).as("every rating is still drawn").hasSize(3);
    }

    @Test
    void a_session_rated_only_before_does_not_move_the_before_average() {
        HistoryCharts.Line line = line(List.of(rated(0, 4, 2), rated(1, 10, null)));
        assertThat(line.paired()).isEqualTo(1);
        assertThat(line.averageBefore()).isEqualTo(4.0);
        assertThat(line.averageAfter()).isEqualTo(2.0);
    }

    @Test
    void with_no_pair_there_is_no_average() {
        HistoryCharts.Line line = line(List.of(rated(0, 4, null), rated(1, null, 2), rated(2, null, null)));
        assertThat(line.rated()).isEqualTo(2);
        assertThat(line.paired()).isZero();
        assertThat(line.averageBefore()).isNull();
        assertThat(line.averageAfter()).isNull();
    }

    @Test
    void past_the_charts_limit_the_figures_say_how_many_of_how_many() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int day = 0; day < HistoryCharts.MAX_RATED + 5; day++) {
            sessions.add(rated(day, day < 5 ? 10 : 5, 1));
        }
        HistoryCharts.Line line = line(sessions);
        assertThat(line.rated()).isEqualTo(HistoryCharts.MAX_RATED);
        assertThat(line.ratedInAll()).isEqualTo(HistoryCharts.MAX_RATED + 5);
        assertThat(line.recentOnly()).isTrue();
        assertThat(line.paired()).isEqualTo(HistoryCharts.MAX_RATED);
        assertThat(line.averageBefore()).as("the older 10s are not drawn, so not averaged").isEqualTo(5.0);
    }
}
