package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class UserClockTest {

    /** 23:30 in London is already the next morning in Auckland and still the afternoon in Los Angeles. */
    private static final Clock SERVER = Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneOffset.UTC);

    private static MockHttpServletRequest withZone(String zone) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie("other", "x"), new Cookie(UserClock.COOKIE, zone));
        return request;
    }

    @Test
    void a_valid_zone_moves_today_and_the_hour_to_the_browsers() {
        Clock auckland = UserClock.of(SERVER, withZone("Pacific/Auckland"));
        assertThat(auckland.getZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(LocalDate.now(auckland)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(LocalTime.now(auckland)).isEqualTo(LocalTime.of(12, 30));
        Clock losAngeles = UserClock.of(SERVER, withZone("America/Los_Angeles"));
        assertThat(LocalDate.now(losAngeles)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(LocalTime.now(losAngeles)).isEqualTo(LocalTime.of(15, 30));
        // The same instant: only the zone it is read in changes.
        assertThat(auckland.instant()).isEqualTo(SERVER.instant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "", "../../etc/passwd", "Europe/Paris; path=/", "<script>",
            "UTC+99", "Europe/Paris\u0000"})
    void an_invalid_zone_is_ignored_for_the_servers(String zone) {
        Clock clock = UserClock.of(SERVER, withZone(zone));
        assertThat(clock).isSameAs(SERVER);
        assertThat(UserClock.zone(withZone(zone))).isEmpty();
    }

    @Test
    void an_overlong_zone_is_not_even_looked_up() {
        assertThat(UserClock.parse("A".repeat(65))).isEmpty();
        assertThat(UserClock.parse("Europe/Paris")).contains(ZoneId.of("Europe/Paris"));
    }

    @Test
    void without_the_cookie_the_servers_zone_is_used() {
        assertThat(UserClock.of(SERVER, new MockHttpServletRequest())).isSameAs(SERVER);
        MockHttpServletRequest others = new MockHttpServletRequest();
        others.setCookies(new Cookie("limber_csrf", "abc"));
        assertThat(UserClock.of(SERVER, others)).isSameAs(SERVER);
    }
}
