package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The counting behind the abuse limits, on a clock the test moves. */
class WindowCountersTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    final WindowCounters counters = new WindowCounters(3, Duration.ofMinutes(10), 100, clock);

    @Test
    void a_client_is_refused_past_the_limit_until_its_window_ends() {
        assertThat(counters.tryCount("a")).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(counters.tryCount("a")).isEmpty();
        assertThat(counters.tryCount("a")).isEmpty();
        assertThat(counters.refusal("a")).hasValue(8 * 60);
        assertThat(counters.tryCount("a")).hasValue(8 * 60);
        clock.advance(Duration.ofMinutes(8).minusSeconds(1));
        assertThat(counters.tryCount("a")).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(counters.refusal("a")).isEmpty();
        assertThat(counters.tryCount("a")).isEmpty();
    }

    @Test
    void clients_count_apart() {
        counters.tryCount("a");
        counters.tryCount("a");
        counters.tryCount("a");
        assertThat(counters.refusal("a")).isPresent();
        assertThat(counters.refusal("b")).isEmpty();
        assertThat(counters.tryCount("b")).isEmpty();
    }

    @Test
    void an_event_taken_back_frees_its_place() {
        counters.tryCount("a");
        counters.tryCount("a");
        counters.tryCount("a");
        counters.uncount("a");
        assertThat(counters.tryCount("a")).isEmpty();
        assertThat(counters.tryCount("a")).isEqualTo(OptionalLong.of(600));
    }

    @Test
    void memory_is_bounded_by_the_number_of_clients_kept() {
        for (int i = 0; i < 10_000; i++) {
            counters.tryCount("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(counters.clients()).isEqualTo(100);
    }

    @Test
    void an_ipv6_client_counts_by_its_64_network_and_an_ipv4_one_by_its_address() {
        assertThat(client("2001:db8:1:2:aaaa::1")).isEqualTo(client("2001:db8:1:2:ffff:1:2:3"))
                .isNotEqualTo(client("2001:db8:1:3::1"));
        assertThat(client("192.0.2.1")).isEqualTo("192.0.2.1").isNotEqualTo(client("192.0.2.2"));
    }

    private static String client(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return ClientLimits.client(request);
    }
}
