package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Slot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limber's rule for the history's figures: a session counts when at least half of its movements were done. */
class SessionRecordTest {

    private static SessionRecord session(List<String> done, List<String> skipped) {
        return new SessionRecord(1, Instant.EPOCH, ZoneOffset.UTC, "/routines/generate?slot=morning", "Morning",
                Slot.MORNING, 600, 600, null, null, done, skipped);
    }

    @Test
    void a_session_with_every_movement_skipped_does_not_count() {
        assertThat(session(List.of(), List.of("a", "b", "c")).counts()).isFalse();
    }

    @Test
    void half_done_counts_and_less_than_half_does_not() {
        assertThat(session(List.of("a", "b"), List.of("c", "d")).counts()).isTrue();
        assertThat(session(List.of("a"), List.of("b", "c")).counts()).isFalse();
    }

    @Test
    void a_session_done_in_full_counts() {
        assertThat(session(List.of("a", "b"), List.of()).counts()).isTrue();
    }
}
