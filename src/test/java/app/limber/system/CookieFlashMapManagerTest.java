package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;

/** The flash cookie's format on its own: what goes in comes out, anything else is refused or ignored. */
class CookieFlashMapManagerTest {

    final CookieFlashMapManager manager = new CookieFlashMapManager(randomKey(), Clock.systemUTC());

    static FlashMap map() {
        FlashMap map = new FlashMap();
        map.setTargetRequestPath("/routines/abc");
        map.addTargetRequestParam("slot", "evening & more");
        map.setExpirationTime(1_900_000_000_000L);
        map.put("flash", "Saved as “a=b&c\nd” ✓");
        map.put("saved", 42L);
        map.put("count", 7);
        map.put("restored", true);
        return map;
    }

    @Test
    void strings_whole_numbers_and_booleans_survive_the_round_trip() {
        List<FlashMap> back = manager.decode(manager.encode(List.of(map(), new FlashMap())));
        assertThat(back).hasSize(2);
        FlashMap first = back.get(0);
        assertThat(first.getTargetRequestPath()).isEqualTo("/routines/abc");
        assertThat(first.getTargetRequestParams().getFirst("slot")).isEqualTo("evening & more");
        assertThat(first.getExpirationTime()).isEqualTo(1_900_000_000_000L);
        assertThat((java.util.Map<String, Object>) first).containsEntry("flash", "Saved as “a=b&c\nd” ✓").containsEntry("saved", 42L)
                .containsEntry("count", 7L).containsEntry("restored", true);
    }

    @Test
    void other_types_and_odd_names_are_refused_when_written() {
        FlashMap object = new FlashMap();
        object.put("when", java.time.Instant.EPOCH);
        assertThatThrownBy(() -> manager.encode(List.of(object))).isInstanceOf(IllegalArgumentException.class);
        FlashMap name = new FlashMap();
        name.put("a&b", "x");
        assertThatThrownBy(() -> manager.encode(List.of(name))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_value_signed_with_another_key_or_altered_is_ignored() {
        String value = manager.encode(List.of(map()));
        CookieFlashMapManager other = new CookieFlashMapManager(randomKey(), Clock.systemUTC());
        assertThat(other.decode(value)).isNull();
        assertThat(manager.decode(value.replace('.', ','))).isNull();
        assertThat(manager.decode(value.substring(1))).isNull();
        assertThat(manager.decode("")).isNull();
    }

    @Test
    void a_shared_secret_reads_on_every_instance() {
        byte[] shared = randomKey();
        String value = new CookieFlashMapManager(shared, Clock.systemUTC()).encode(List.of(map()));
        assertThat(new CookieFlashMapManager(shared, Clock.systemUTC()).decode(value)).hasSize(1);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void a_conflict_is_a_409_page_in_the_layout() {
        ModelAndView page = new ConflictPageAdvice().conflict();
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
    }
}
