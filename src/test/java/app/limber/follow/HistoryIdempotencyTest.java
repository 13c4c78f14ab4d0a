package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A session sent again by the offline outbox (outbox.js) with the same Idempotency-Key is stored once and answered
 * as the first time; over MockMvc on the Flyway-built schema (V16's unique key). Same context as HistoryWebTest.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryIdempotencyTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** This test's own browser: its rows are the only ones counted (others share the database). */
    private final Cookie owner = new Cookie(HistoryWebTest.COOKIE, newIdentifier());

    private static String newIdentifier() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private MvcTestResult post(String key) {
        return post(owner, key);
    }

    private MvcTestResult post(Cookie browser, String key) {
        var request = MockMvcRequestBuilders.post("/history/sessions").cookie(browser);
        HistoryWebTest.valid().forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request.with(csrf()));
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from logged_session where owner_hash = ?", Integer.class,
                OwnerHash.of(owner.getValue()).value());
    }

    private static Object savedId(MvcTestResult result) {
        return result.getMvcResult().getFlashMap().get("saved");
    }

    @Test
    void the_same_key_sent_twice_stores_one_session_and_answers_both_alike() {
        String key = UUID.randomUUID().toString();
        MvcTestResult first = post(key);
        MvcTestResult again = post(key);

        assertThat(first).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history");
        assertThat(again).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history");
        assertThat(stored()).isEqualTo(1);
        assertThat(savedId(again)).isNotNull().isEqualTo(savedId(first));
        assertThat(jdbc.queryForObject("select idempotency_key from logged_session where owner_hash = ?",
                String.class, OwnerHash.of(owner.getValue()).value())).isEqualTo(key);
    }

    /** A key is the browser's own: another browser's use of it neither hides this session nor hands theirs back. */
    @Test
    void the_same_key_from_two_browsers_stores_a_session_for_each() {
        String key = UUID.randomUUID().toString();
        MvcTestResult theirs = post(new Cookie(HistoryWebTest.COOKIE, newIdentifier()), key);
        MvcTestResult mine = post(key);

        assertThat(mine).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/history");
        assertThat(stored()).isEqualTo(1);
        assertThat(savedId(mine)).isNotNull().isNotEqualTo(savedId(theirs));
    }

    @Test
    void two_sessions_with_their_own_keys_are_both_stored() {
        post(UUID.randomUUID().toString());
        post(UUID.randomUUID().toString());

        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void a_form_posted_without_a_script_has_no_key_and_is_stored_each_time_as_before() {
        post(null);
        post(null);

        assertThat(stored()).isEqualTo(2);
        assertThat(jdbc.queryForList("select idempotency_key from logged_session where owner_hash = ?",
                String.class, OwnerHash.of(owner.getValue()).value())).containsOnlyNulls();
    }

    @Test
    void a_rejected_log_stores_nothing_and_a_corrected_send_with_its_key_is_stored() {
        String key = UUID.randomUUID().toString();
        var request = MockMvcRequestBuilders.post("/history/sessions").cookie(owner).header("Idempotency-Key", key);
        Map<String, List<String>> broken = HistoryWebTest.valid();
        broken.put("durationSeconds", List.of("0"));
        broken.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        assertThat(mvc.perform(request.with(csrf()))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(stored()).isZero();

        assertThat(post(key)).hasStatus(HttpStatus.FOUND);
        assertThat(stored()).isEqualTo(1);
    }
}
