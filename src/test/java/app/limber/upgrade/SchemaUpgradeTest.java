package app.limber.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.follow.OwnerHash;
import app.limber.routine.RoutineItem;
import app.limber.routine.saved.SavedRoutine;
import app.limber.routine.saved.SavedRoutines;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A database created at the first released schema (V4) and filled the way that release stored things, then
 * migrated by the app's own Flyway when the app starts on it: the routines open at their old links with every
 * item and dose, and the history is whole; its saved-routine link is sealed on the owner's visit and still opens.
 * Run on H2 and on PostgreSQL by the two subclasses (one Spring context each).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SchemaUpgradeTest {

    static final String COOKIE = "limber_history";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    SavedRoutines saved;

    abstract ReleasedSchema released();

    static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_database_is_at_the_latest_version_and_keeps_no_token_in_clear() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion().getMajor().intValue()).isGreaterThanOrEqualTo(5);
        for (ReleasedSchema.Routine routine : released().routines) {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from saved_routine where token_hash = ?",
                    OwnerHash.of(routine.token()).value());
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.keySet()).noneMatch(column -> column.equalsIgnoreCase("token"));
                assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(routine.token()));
            });
        }
    }

    @Test
    void every_routine_opens_at_its_original_link_with_all_items_and_doses() throws Exception {
        for (ReleasedSchema.Routine routine : released().routines) {
            MvcTestResult page = mvc.get().uri("/routines/" + routine.token()).exchange();
            assertThat(page).hasStatusOk();
            assertThat(body(page)).contains(routine.name());
            assertThat(mvc.get().uri("/routines/" + routine.token() + "/follow")).hasStatusOk();
            assertThat(mvc.get().uri("/routines/" + routine.token() + "/sheet")).hasStatusOk();

            SavedRoutine opened = saved.get(routine.token());
            assertThat(opened.name()).isEqualTo(routine.name());
            assertThat(opened.missingSlugs()).isEmpty();
            assertThat(opened.routine().request()).isEqualTo(routine.request());
            List<RoutineItem> items = opened.routine().items();
            assertThat(items).extracting(i -> i.movement().slug())
                    .containsExactlyElementsOf(routine.items().stream().map(ReleasedSchema.Item::slug).toList());
            assertThat(items).extracting(RoutineItem::dose)
                    .containsExactlyElementsOf(routine.items().stream().map(ReleasedSchema.Item::dose).toList());
        }
    }

    @Test
    void a_token_hash_is_required_and_unique() {
        String taken = OwnerHash.of(ReleasedSchema.TOKEN_DESK).value();
        assertThatThrownBy(() -> insertRoutine(taken)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRoutine(null)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_history_is_whole_and_its_saved_link_is_sealed_on_the_owners_visit_and_still_opens() throws Exception {
        String evening = "/routines/" + ReleasedSchema.TOKEN_EVENING;
        assertThat(storedPaths(ReleasedSchema.OWNER)).contains(evening);

        MvcTestResult page = mvc.get().uri("/history").cookie(new Cookie(COOKIE, ReleasedSchema.OWNER)).exchange();
        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("Evening before the upgrade").contains("Midday routine, 5 min")
                .contains("href=\"" + evening + "\"")
                .contains("href=\"/routines/generate?slot=midday&amp;minutes=5&amp;place=desk\"")
                .doesNotContain("Desk routine");

        // Sealed now: the owner's visit brought the key. The generated link stays plain; the other owner's waits.
        assertThat(storedPaths(ReleasedSchema.OWNER)).hasSize(2).noneMatch(path -> path.contains(
                ReleasedSchema.TOKEN_EVENING)).contains("/routines/generate?slot=midday&minutes=5&place=desk");
        assertThat(storedPaths(ReleasedSchema.OTHER_OWNER))
                .containsExactly("/routines/" + ReleasedSchema.TOKEN_DESK);

        String csv = body(mvc.get().uri("/history.csv").cookie(new Cookie(COOKIE, ReleasedSchema.OWNER)).exchange());
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("2026-11-20,21:15,Europe/Berlin,Evening before the upgrade,evening," + evening
                + ",540,600,2,1,");
        assertThat(csv).contains("2026-11-21,12:00,Europe/Berlin,\"Midday routine, 5 min\",midday,");

        String again = body(mvc.get().uri("/history").cookie(new Cookie(COOKIE, ReleasedSchema.OWNER)).exchange());
        assertThat(again).contains("href=\"" + evening + "\"");
        assertThat(mvc.get().uri(evening)).hasStatusOk();
    }

    @Test
    void a_routine_saved_after_the_upgrade_is_stored_beside_the_old_ones() {
        MvcTestResult save = mvc.post().uri("/routines?slot=evening&minutes=5&date=2026-11-23")
                .param("name", "After the upgrade").with(csrf()).exchange();
        assertThat(save).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(save.getResponse().getRedirectedUrl())).hasStatusOk();
        for (ReleasedSchema.Routine routine : released().routines) {
            assertThat(mvc.get().uri("/routines/" + routine.token())).hasStatusOk();
        }
    }

    private List<String> storedPaths(String owner) {
        return jdbc.queryForList("select routine_path from logged_session where owner_hash = ? order by logged_at",
                String.class, OwnerHash.of(owner).value());
    }

    private void insertRoutine(String tokenHash) {
        jdbc.update("insert into saved_routine (token_hash, name, slot, minutes, place, plan_date, shuffle,"
                + " created_at, updated_at, version) values (?, 'x', 'EVENING', 5, 'HOME', date '2026-11-20', 0,"
                + " timestamp '2026-11-20 10:00:00', timestamp '2026-11-20 10:00:00', 0)", tokenHash);
    }
}
