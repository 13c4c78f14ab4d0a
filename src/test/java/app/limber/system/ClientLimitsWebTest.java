package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.follow.OwnerHash;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The abuse limits over the whole web stack, with small limits and a clock the test moves: wrong private tokens
 * are refused after a few misses and allowed again once the window has passed; saves and logs stop at their limit
 * with nothing stored; each client address counts apart. Every test uses its own addresses.
 */
@SpringBootTest(properties = {"limber.limits.token-misses=4", "limber.limits.token-window=10m",
        "limber.limits.saved-routines=3", "limber.limits.saved-routines-window=1h",
        "limber.limits.logged-sessions=3", "limber.limits.logged-sessions-window=1h"})
@AutoConfigureMockMvc
class ClientLimitsWebTest {

    static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    static final String SAVE = "/routines?slot=evening&minutes=5&date=2026-11-23";
    static final String WRONG = "/routines/AAAAAAAAAAAAAAAAAAAAAA";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcTestResult get(String uri, String address) {
        return mvc.get().uri(uri).with(from(address)).exchange();
    }

    String save(String name, String address) {
        MvcTestResult save = mvc.post().uri(SAVE).param("name", name).with(csrf()).with(from(address)).exchange();
        assertThat(save).hasStatus3xxRedirection();
        return save.getResponse().getRedirectedUrl();
    }

    MvcTestResult log(String address, String identifier) {
        return mvc.post().uri("/history/sessions").with(csrf()).with(from(address))
                .cookie(new Cookie("limber_history", identifier))
                .param("routinePath", "/routines/generate?slot=evening&minutes=5").param("routineName", "Evening")
                .param("slot", "evening").param("plannedSeconds", "300").param("durationSeconds", "290")
                .param("zone", "Europe/Berlin").param("movement", "childs-pose").param("done", "childs-pose")
                .exchange();
    }

    static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int rows(String routineName) {
        return jdbc.queryForObject("select count(*) from saved_routine where name = ?", Integer.class, routineName);
    }

    int loggedSessions(String identifier) {
        return jdbc.queryForObject("select count(*) from logged_session where owner_hash = ?", Integer.class,
                OwnerHash.of(identifier).value());
    }

    @Test
    void the_api_counts_wrong_tokens_with_the_pages_and_refuses_past_the_limit_with_a_problem_detail()
            throws Exception {
        String owner = newAddress();
        String token = save("Mine too", owner).substring("/routines/".length());
        String guesser = newAddress();
        for (int miss = 0; miss < 3; miss++) {
            assertThat(get("/api" + WRONG, guesser)).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(get("/api/routines/" + token, guesser)).hasStatusOk();
        assertThat(get(WRONG, guesser)).hasStatus(HttpStatus.NOT_FOUND);

        // Fourth miss reached, two of them on the pages: the API refuses every token, the right one too.
        MvcTestResult refused = get("/api/routines/" + token, guesser);
        assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .hasContentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("600");
        assertThat(refused).bodyJson().extractingPath("$.status").asNumber().isEqualTo(429);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString()
                .contains("private links open again in 10 minutes");
        assertThat(get("/api/routines/" + token, owner)).hasStatusOk();
        assertThat(get("/api/plans/week?date=2026-11-23", guesser)).hasStatusOk();
    }

    @Test
    void wrong_tokens_are_refused_with_429_after_a_few_misses_and_allowed_again_after_the_window()
            throws Exception {
        String owner = newAddress();
        String routine = save("Mine", owner);
        String guesser = newAddress();
        // A few mistypes, on any page that takes a token, then the right link still opens.
        assertThat(get(WRONG, guesser)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(WRONG + "/follow", guesser)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/history/restore/" + "B".repeat(43), guesser)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(routine, guesser)).hasStatusOk();
        assertThat(get("/routines/not-even-a-token", guesser)).hasStatus(HttpStatus.NOT_FOUND);

        // Fourth miss reached: every private link is refused, the right one too, and nothing is looked up.
        MvcTestResult refused = get(WRONG + "/sheet", guesser);
        assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("600");
        assertThat(body(refused)).contains("Too many requests")
                .contains("private links open again in 10 minutes").contains("class=\"status-code\">429<")
                .contains("href=\"/stretches\"");
        assertThat(get(routine, guesser)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(mvc.post().uri(routine + "/items/childs-pose/remove").with(csrf()).with(from(guesser)))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        // Pages without a private token are not affected, nor are other clients.
        assertThat(get("/stretches", guesser)).hasStatusOk();
        assertThat(get(routine, owner)).hasStatusOk();

        clock.advance(Duration.ofMinutes(9));
        MvcTestResult later = get(routine, guesser);
        assertThat(later).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(later.getResponse().getHeader("Retry-After")).isEqualTo("60");
        assertThat(body(later)).contains("private links open again in a minute");
        clock.advance(Duration.ofMinutes(1));
        assertThat(get(routine, guesser)).hasStatusOk();
        assertThat(get(WRONG, guesser)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void concurrent_guesses_overshoot_the_limit_by_no_more_than_the_requests_in_flight() throws Exception {
        String guesser = newAddress();
        int guesses = 40;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String uri = "/routines/" + "G".repeat(20) + String.format("%02d", i);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return get(uri, guesser).getResponse().getStatus();
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> status : statuses) {
                byStatus.merge(status.get(30, TimeUnit.SECONDS), 1, Integer::sum);
            }
            System.out.println("40 concurrent guesses from one address, limit 4: " + byStatus);
            assertThat(byStatus.getOrDefault(404, 0)).isLessThanOrEqualTo(4 + 16);
            assertThat(byStatus.keySet()).containsOnly(404, 429);
            assertThat(get(WRONG, guesser)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void many_concurrent_opens_of_a_real_link_never_count_as_misses() throws Exception {
        String clinic = newAddress();
        String routine = save("Shared " + UUID.randomUUID(), clinic);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return get(routine, clinic).getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // Still a full allowance of misses: the limit is 4.
        for (int i = 0; i < 4; i++) {
            assertThat(get(WRONG, clinic)).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(get(WRONG, clinic)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void a_client_saves_up_to_its_limit_then_gets_429_and_nothing_is_stored() throws Exception {
        String client = newAddress();
        // A name of its own: on a shared PostgreSQL database other runs' rows are there too.
        String name = "Limit " + UUID.randomUUID();
        // A refused save (no name) stores nothing and does not count.
        assertThat(mvc.post().uri(SAVE).param("name", "").with(csrf()).with(from(client)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        for (int i = 0; i < 3; i++) {
            save(name, client);
        }
        MvcTestResult refused = mvc.post().uri(SAVE).param("name", name).with(csrf()).with(from(client)).exchange();
        assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("3600");
        assertThat(body(refused)).contains("so this one was not saved").contains("You can save again in 60 minutes");
        assertThat(rows(name)).isEqualTo(3);

        String neighbour = newAddress();
        save(name, neighbour);
        assertThat(rows(name)).isEqualTo(4);

        clock.advance(Duration.ofHours(1));
        save(name, client);
    }

    @Test
    void a_client_logs_up_to_its_limit_then_gets_429_and_nothing_is_stored() throws Exception {
        String client = newAddress();
        String identifier = UUID.randomUUID().toString().replace("-", "") + "-".repeat(11);
        for (int i = 0; i < 3; i++) {
            assertThat(log(client, identifier)).hasStatus(HttpStatus.FOUND);
        }
        MvcTestResult refused = log(client, identifier);
        assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("3600");
        assertThat(body(refused)).contains("so this one was not logged");
        assertThat(loggedSessions(identifier)).isEqualTo(3);
        assertThat(log(newAddress(), identifier)).hasStatus(HttpStatus.FOUND);
        assertThat(loggedSessions(identifier)).isEqualTo(4);
    }
}
