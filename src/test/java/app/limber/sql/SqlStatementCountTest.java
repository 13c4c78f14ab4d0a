package app.limber.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.routine.saved.SavedRoutines;
import app.limber.system.cache.PageCache;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * No N+1 queries: the SQL statements each page runs, counted at the DataSource ({@link SqlRecorder}), so
 * repositories, JPQL, lazy loads and JdbcTemplate all count. Counts are exact, and a page that shows a list
 * (a routine's movements, a history's sessions) runs the same statements for a short list as for a long one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SqlRecorder.class)
class SqlStatementCountTest {

    static final String HISTORY_COOKIE = "limber_history";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SqlRecorder sql;

    @Autowired
    SavedRoutines savedRoutines;

    @Autowired
    PageCache pages;

    /** Counts what rendering a page costs: no kept copy from an earlier test answers instead. */
    @BeforeEach
    void renderAfresh() {
        pages.clear();
    }

    /** The statements a GET runs; the page must answer 200, or the count would describe an error page. */
    List<String> statementsOf(String uri, Cookie... cookies) throws Exception {
        return sql.during(() -> {
            var request = mvc.get().uri(uri);
            if (cookies.length > 0) {
                request.cookie(cookies);
            }
            assertThat(request.exchange()).hasStatusOk();
        });
    }

    @Nested
    class Catalog {

        // The catalog is read once at start-up (Catalog's constructor); its pages only filter that copy.

        @Test
        void the_list_runs_no_sql() throws Exception {
            assertThat(statementsOf("/stretches")).isEmpty();
        }

        @Test
        void a_filtered_list_runs_no_sql() throws Exception {
            assertThat(statementsOf("/stretches?block=stretch&position=all-fours&equipment=none")).isEmpty();
        }

        @Test
        void a_movement_page_runs_no_sql() throws Exception {
            assertThat(statementsOf("/stretches/cat-cow")).isEmpty();
        }

        @Test
        void a_kept_page_runs_no_sql_either() throws Exception {
            statementsOf("/stretches");
            assertThat(statementsOf("/stretches")).isEmpty();
        }
    }

    @Nested
    class GeneratedRoutines {

        // Built from the in-memory catalog; the flash key and the client limits are not read per request either.

        @Test
        void a_generated_routine_runs_no_sql() throws Exception {
            assertThat(statementsOf("/routines/generate?slot=morning&minutes=10")).isEmpty();
        }

        @Test
        void the_day_plan_runs_no_sql() throws Exception {
            assertThat(statementsOf("/today")).isEmpty();
        }
    }

    @Nested
    class SavedRoutine {

        /**
         * One load of the routine: the routine with its items (one join), then its equipment and its cautions,
         * which are small sets read by key (joining all three collections would multiply their rows instead).
         */
        static final List<String> ONE_LOAD = List.of("from saved_routine ", "from saved_routine_equipment ",
                "from saved_routine_caution ");

        /** Saves a routine through the page's own form; returns its path. */
        String save(int minutes) {
            MvcTestResult result = mvc.post()
                    .uri("/routines?slot=evening&place=home&equipment=chair&caution=neck&minutes=" + minutes)
                    .param("name", "Counted " + minutes).with(csrf()).exchange();
            assertThat(result).hasStatus3xxRedirection();
            return result.getResponse().getRedirectedUrl();
        }

        int items(String path) {
            return savedRoutines.get(path.substring("/routines/".length())).routine().items().size();
        }

        void assertOneLoad(List<String> statements) {
            assertThat(statements).hasSize(ONE_LOAD.size());
            for (int i = 0; i < ONE_LOAD.size(); i++) {
                assertThat(statements.get(i)).startsWith("select").contains(ONE_LOAD.get(i));
            }
        }

        @Test
        void its_page_follow_page_and_sheet_each_load_it_once_however_long_it_is() throws Exception {
            String shortOne = save(5);
            String longOne = save(45);
            assertThat(items(longOne)).isGreaterThan(items(shortOne) + 3);
            for (String path : List.of(shortOne, longOne)) {
                assertOneLoad(statementsOf(path));
                assertOneLoad(statementsOf(path + "/follow"));
                assertOneLoad(statementsOf(path + "/sheet"));
            }
        }

        @Test
        void a_kept_page_costs_one_indexed_read_of_its_version() throws Exception {
            String path = save(10);
            for (String page : List.of(path, path + "/follow")) {
                assertOneLoad(statementsOf(page));
                List<String> kept = statementsOf(page);
                assertThat(kept).hasSize(1);
                assertThat(kept.get(0)).startsWith("select version from saved_routine where token_hash");
            }
        }

        @Test
        void an_edit_loads_it_once_locked_and_writes_only_what_changed() throws Exception {
            String path = save(15);
            String first = savedRoutines.get(path.substring("/routines/".length())).routine().items().get(0)
                    .movement().slug();
            List<String> statements = sql.during(() -> assertThat(mvc.post().uri(path + "/items/" + first + "/down")
                    .with(csrf()).exchange()).hasStatus3xxRedirection());
            // The locked load reads the row, its equipment and cautions, then its items (4); the move writes the
            // routine's stamp and the two items that changed places (3).
            assertThat(statements).hasSize(7);
            assertThat(statements).filteredOn(s -> s.startsWith("select") && s.contains("from saved_routine "))
                    .hasSize(1);
        }

        @Test
        void a_refused_edit_shows_the_page_after_one_more_load() throws Exception {
            String path = save(15);
            String first = savedRoutines.get(path.substring("/routines/".length())).routine().items().get(0)
                    .movement().slug();
            List<String> statements = sql.during(() -> assertThat(mvc.post()
                    .uri(path + "/items/" + first + "/dose").param("sets", "99").with(csrf()).exchange())
                    .hasStatus(HttpStatus.BAD_REQUEST));
            // The locked load for the edit (4), nothing written, then the page's own load (3).
            assertThat(statements).hasSize(7).noneMatch(s -> s.startsWith("update") || s.startsWith("insert"));
        }
    }

    @Nested
    class History {

        /** Logs sessions through the follow page's form as one browser; returns its history cookie. */
        Cookie logSessions(int count, int movementsEach) {
            List<String> movements = List.of("childs-pose", "cat-cow", "thread-the-needle", "shoulder-rolls",
                    "marching-in-place").subList(0, movementsEach);
            Cookie cookie = null;
            for (int i = 0; i < count; i++) {
                var request = mvc.post().uri("/history/sessions").with(csrf())
                        .param("routinePath", "/routines/generate?slot=evening&minutes=5")
                        .param("routineName", "Evening routine, 5 min").param("slot", "evening")
                        .param("plannedSeconds", "300").param("durationSeconds", "290")
                        .param("zone", "Europe/Berlin").param("before", "6").param("after", "3")
                        .param("movement", movements.toArray(String[]::new)).param("done", movements.get(0));
                if (cookie != null) {
                    request.cookie(cookie);
                }
                MvcTestResult result = request.exchange();
                assertThat(result).hasStatus3xxRedirection();
                cookie = new Cookie(HISTORY_COOKIE, result.getResponse().getCookie(HISTORY_COOKIE).getValue());
            }
            return cookie;
        }

        @Test
        void the_page_reads_every_session_with_its_movements_in_one_statement() throws Exception {
            List<String> statements = statementsOf("/history", logSessions(2, 2));
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains("from logged_session ", "join logged_movement ");
        }

        @Test
        void the_count_does_not_grow_with_sessions_or_movements() throws Exception {
            List<String> few = statementsOf("/history", logSessions(2, 2));
            assertThat(statementsOf("/history", logSessions(10, 5))).isEqualTo(few);
            // Past Hibernate's batch size (64), lazy-loaded movements would take a second batch.
            assertThat(statementsOf("/history", logSessions(70, 3))).isEqualTo(few);
        }

        @Test
        void a_browser_without_history_runs_no_sql() throws Exception {
            assertThat(statementsOf("/history")).isEmpty();
        }
    }
}
