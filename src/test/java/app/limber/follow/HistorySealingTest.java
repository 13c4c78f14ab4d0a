package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Private tokens at rest: a saved routine is stored under the hash of its token, and a history row keeps a saved
 * routine's link sealed under its owner's key, so a copy of the database opens neither. The owner still sees and
 * follows the link, in the page and the CSV; rows logged in clear before are sealed on the owner's next visit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class HistorySealingTest {

    static final String COOKIE = "limber_history";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** A browser identifier of this test's own: it counts only its own rows (others share the database). */
    private static String newIdentifier() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private String save(String name) {
        MvcTestResult save = mvc.post().uri("/routines?slot=evening&minutes=5&date=2026-11-23").param("name", name)
                .with(csrf()).exchange();
        assertThat(save).hasStatus3xxRedirection();
        return save.getResponse().getRedirectedUrl().substring("/routines/".length());
    }

    private MvcTestResult log(String routinePath, Cookie... cookie) {
        var post = mvc.post().uri("/history/sessions").with(csrf())
                .param("routinePath", routinePath).param("routineName", "Evening")
                .param("slot", "evening").param("plannedSeconds", "300").param("durationSeconds", "290")
                .param("zone", "Europe/Berlin").param("movement", "childs-pose").param("done", "childs-pose");
        return cookie.length == 0 ? post.exchange() : post.cookie(cookie).exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> storedPaths(String identifier) {
        return jdbc.queryForList("select routine_path from logged_session where owner_hash = ? order by id",
                String.class, OwnerHash.of(identifier).value());
    }

    @Test
    void a_saved_routine_is_stored_under_the_hash_of_its_token_only() {
        // A name of its own: on a shared PostgreSQL database other runs' rows are there too.
        String name = "Hashed at rest " + java.util.UUID.randomUUID();
        String token = save(name);
        String stored = jdbc.queryForObject("select token_hash from saved_routine where name = ?", String.class,
                name);
        assertThat(stored).isEqualTo(OwnerHash.of(token).value()).doesNotContain(token);
        List<String> everyColumn = jdbc.queryForList("select * from saved_routine where name = ?", name)
                .get(0).values().stream().map(String::valueOf).toList();
        assertThat(everyColumn).noneMatch(value -> value.contains(token));
        assertThat(mvc.get().uri("/routines/" + token)).hasStatusOk();
    }

    @Test
    void a_logged_saved_routine_link_is_stored_sealed_and_its_owner_still_follows_it() throws Exception {
        String token = save("Sealed link");
        MvcTestResult logged = log("/routines/" + token);
        assertThat(logged).hasStatus(HttpStatus.FOUND);
        Cookie owner = new Cookie(COOKIE, logged.getResponse().getCookie(COOKIE).getValue());

        assertThat(storedPaths(owner.getValue())).singleElement().asString().startsWith("s1:").doesNotContain(token);
        String page = body(mvc.get().uri("/history").cookie(owner).exchange());
        assertThat(page).contains("href=\"/routines/" + token + "\"");
        assertThat(body(mvc.get().uri("/history.csv").cookie(owner).exchange())).contains(",/routines/" + token + ",");
        assertThat(mvc.get().uri("/routines/" + token)).hasStatusOk();
    }

    @Test
    void a_generated_routine_link_stays_plain() {
        String identifier = newIdentifier();
        log("/routines/generate?slot=evening&minutes=5", new Cookie(COOKIE, identifier));
        assertThat(storedPaths(identifier)).containsExactly("/routines/generate?slot=evening&minutes=5");
    }

    @Test
    void a_link_logged_in_clear_before_sealing_is_sealed_on_its_owners_next_visit() throws Exception {
        String token = save("Logged before V5");
        String identifier = newIdentifier();
        String other = newIdentifier();
        insert(identifier, "/routines/" + token);
        insert(identifier, "/routines/generate?slot=evening&minutes=5");
        insert(other, "/routines/" + token);

        // Another browser's visit cannot seal what is not its own: the first two rows are untouched.
        mvc.get().uri("/history").cookie(new Cookie(COOKIE, other)).exchange();
        assertThat(storedPaths(identifier))
                .containsExactly("/routines/" + token, "/routines/generate?slot=evening&minutes=5");

        String page = body(mvc.get().uri("/history").cookie(new Cookie(COOKIE, identifier)).exchange());
        assertThat(page).contains("href=\"/routines/" + token + "\"");
        List<String> stored = storedPaths(identifier);
        assertThat(stored.get(0)).startsWith("s1:").doesNotContain(token);
        assertThat(stored.get(1)).isEqualTo("/routines/generate?slot=evening&minutes=5");
        assertThat(storedPaths(other)).singleElement().asString().startsWith("s1:");
        // Sealed once: a second visit reads the same stored value back and writes nothing new.
        String again = body(mvc.get().uri("/history").cookie(new Cookie(COOKIE, identifier)).exchange());
        assertThat(again).contains("href=\"/routines/" + token + "\"");
        assertThat(storedPaths(identifier).get(0)).isEqualTo(stored.get(0));
    }

    @Test
    void a_damaged_sealed_link_shows_the_session_without_a_link() throws Exception {
        String identifier = newIdentifier();
        insert(identifier, "s1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        MvcTestResult page = mvc.get().uri("/history").cookie(new Cookie(COOKIE, identifier)).exchange();
        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("Evening, damaged");
        assertThat(mvc.get().uri("/history.csv").cookie(new Cookie(COOKIE, identifier))).hasStatusOk();
    }

    @Test
    void nothing_logged_names_a_private_token_or_history_identifier(CapturedOutput output) throws Exception {
        String token = save("Quiet logs");
        MvcTestResult logged = log("/routines/" + token);
        String identifier = logged.getResponse().getCookie(COOKIE).getValue();
        Cookie owner = new Cookie(COOKIE, identifier);
        String legacy = newIdentifier();
        insert(legacy, "/routines/" + token);
        for (String uri : List.of("/routines/" + token, "/routines/" + token + "/follow", "/routines/" + token
                + "/sheet", "/routines/" + token + "X", "/routines/" + token.substring(1) + "/follow",
                "/routines/" + token + "/nope", "/history/restore/" + identifier, "/history/restore/" + identifier
                + "X", "/history/restore/" + identifier.substring(1), "/history", "/history.csv",
                "/routines/" + token + "/sheet.pdf?paper=nope")) {
            mvc.get().uri(uri).cookie(owner).exchange();
        }
        mvc.get().uri("/history").cookie(new Cookie(COOKIE, legacy)).exchange();
        mvc.post().uri("/routines/" + token + "/items/nope/up").with(csrf()).exchange();
        mvc.post().uri("/routines/" + token + "/items/childs-pose/dose").param("hold", "99999999999").with(csrf())
                .exchange();
        mvc.post().uri("/routines/" + token + "/items/childs-pose/remove").exchange();
        mvc.post().uri("/history/restore/" + identifier).with(csrf()).exchange();

        assertThat(output.getAll()).contains("Sealed 1 routine links logged in clear")
                .doesNotContain(token).doesNotContain(token.substring(1, 21))
                .doesNotContain(identifier.substring(1, 40)).doesNotContain(legacy);
    }

    private void insert(String identifier, String routinePath) {
        jdbc.update("insert into logged_session (owner_hash, logged_at, zone, routine_path, routine_name, slot,"
                + " planned_seconds, duration_seconds) values (?, ?, 'Europe/Berlin', ?, ?, 'EVENING', 300, 290)",
                OwnerHash.of(identifier).value(), Timestamp.from(Instant.parse("2026-11-20T19:00:00Z")), routinePath,
                routinePath.startsWith("s1:") ? "Evening, damaged" : "Evening");
    }
}
