package app.limber.follow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.limber.catalog.Slot;
import app.limber.follow.History;
import app.limber.follow.HistoryOwner;
import app.limber.follow.SessionEntry;
import app.limber.follow.SessionRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;

/** The one step the database decides: two sends of one key at the same instant, the second losing on the index. */
class IdempotentLogTest {

    private final History history = mock(History.class);
    private final HistoryOwner owner = HistoryOwner.of("a".repeat(43));
    private final SessionEntry entry = new SessionEntry("/routines/generate?slot=evening&minutes=5", "Evening",
            Slot.EVENING, 300, 290, ZoneId.of("UTC"), null, null, List.of("cat-cow"), Set.of("cat-cow"));
    private final SessionRecord first = new SessionRecord(7, Instant.EPOCH, ZoneId.of("UTC"), null, "Evening",
            Slot.EVENING, 300, 290, null, null, List.of("cat-cow"), List.of());

    @Test
    void a_send_that_loses_the_race_for_its_key_is_answered_with_the_winners_session() {
        String key = "3b241101-e2bb-4255-8caf-4136c566a962";
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(IdempotentLog.HEADER, key);
        when(history.logOnce(owner, entry, key)).thenThrow(new DataIntegrityViolationException("unique key"));
        when(history.loggedUnder(owner, key)).thenReturn(Optional.of(first));

        assertThat(IdempotentLog.log(history, request, owner, entry)).isSameAs(first);
        verify(history, never()).log(any(), any());
    }

    @Test
    void a_malformed_key_is_no_key() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(IdempotentLog.HEADER, "not a key; <script>");
        when(history.log(owner, entry)).thenReturn(first);

        assertThat(IdempotentLog.log(history, request, owner, entry)).isSameAs(first);
        verify(history, never()).logOnce(any(), any(), eq("not a key; <script>"));
    }
}
