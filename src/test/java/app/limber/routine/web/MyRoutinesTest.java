package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.system.Sha256;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * My routines over MockMvc on the Flyway-built schema: the list of a browser's saved routines (its identifier
 * cookie), rename, delete and undo, duplicate, and what another browser cannot do. Each test uses browsers of its
 * own, so it counts only its own rows. Same configuration as the other page tests: the context is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyRoutinesTest {

    static final String COOKIE = "limber_history";
    static final String INPUTS = "slot=morning&minutes=10&date=2026-11-23";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private final Cookie mine = browser();
    private final Cookie theirs = browser();

    static Cookie browser() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new Cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Saves a routine under this name as this browser; returns its token. */
    String save(Cookie browser, String name) {
        MvcTestResult result = mvc.post().uri("/routines?" + INPUTS).param("name", name).cookie(browser)
                .with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getResponse().getRedirectedUrl().substring("/routines/".length());
    }

    static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String list(Cookie browser) throws Exception {
        MvcTestResult result = mvc.get().uri("/routines").cookie(browser).exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        return body(result);
    }

    Map<String, Object> row(String token) {
        return jdbc.sql("select name, owner_hash, owner_token, deleted_at from saved_routine where token_hash = ?")
                .param(Sha256.hex(token)).query().singleRow();
    }

    long ownedBy(Cookie browser) {
        return jdbc.sql("select count(*) from saved_routine where owner_hash = ?")
                .param(Sha256.hex(browser.getValue())).query(Long.class).single();
    }

    MvcTestResult post(String uri, Cookie browser) {
        return mvc.post().uri(uri).cookie(browser).with(csrf()).exchange();
    }

    @Nested
    class Listing {

        @Test
        void the_list_shows_the_routines_saved_in_this_browser_with_their_links() throws Exception {
            String token = save(mine, "Wake up");
            String page = list(mine);
            assertThat(page).contains("My routines", "Wake up", "href=\"/routines/" + token + "\"",
                    "href=\"/routines/" + token + "/follow\"", "Morning, 10 min");
            assertThat(page).contains("aria-label=\"Delete Wake up\"", "aria-label=\"Rename Wake up\"",
                    "aria-label=\"Duplicate Wake up\"");
        }

        @Test
        void the_database_keeps_the_owner_as_a_hash_and_the_token_only_sealed() {
            String token = save(mine, "Sealed");
            Map<String, Object> row = row(token);
            assertThat(row.get("owner_hash")).isEqualTo(Sha256.hex(mine.getValue()));
            assertThat((String) row.get("owner_token")).startsWith("s1:").doesNotContain(token);
        }

        @Test
        void saving_without_a_cookie_issues_one_and_the_routine_is_in_that_browsers_list() throws Exception {
            MvcTestResult result = mvc.post().uri("/routines?" + INPUTS).param("name", "First visit").with(csrf())
                    .exchange();
            Cookie issued = result.getResponse().getCookie(COOKIE);
            assertThat(issued).isNotNull();
            assertThat(issued.isHttpOnly()).isTrue();
            assertThat(list(new Cookie(COOKIE, issued.getValue()))).contains("First visit");
        }

        @Test
        void another_browser_does_not_see_them_and_a_browser_without_a_cookie_gets_none() throws Exception {
            String token = save(mine, "Only mine");
            assertThat(list(theirs)).doesNotContain("Only mine", token).contains("No routines saved in this browser");
            MvcTestResult anonymous = mvc.get().uri("/routines").exchange();
            assertThat(anonymous).hasStatus(HttpStatus.OK);
            assertThat(body(anonymous)).doesNotContain(token);
            assertThat(anonymous.getResponse().getCookie(COOKIE)).as("a first visit sets no cookie").isNull();
        }

        @Test
        void the_private_link_still_opens_the_routine_from_any_browser() {
            String token = save(mine, "Shared");
            assertThat(mvc.get().uri("/routines/" + token).cookie(theirs).exchange()).hasStatus(HttpStatus.OK);
            assertThat(mvc.get().uri("/routines/" + token).exchange()).hasStatus(HttpStatus.OK);
        }
    }

    @Nested
    class Renaming {

        @Test
        void the_owner_renames() throws Exception {
            String token = save(mine, "Old name");
            MvcTestResult result = mvc.post().uri("/routines/" + token + "/rename").param("name", "  New name ")
                    .cookie(mine).with(csrf()).exchange();
            assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/routines");
            assertThat(row(token).get("name")).isEqualTo("New name");
            assertThat(list(mine)).contains("New name").doesNotContain("Old name");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"})
        void a_blank_or_too_long_name_is_a_400_page_saying_so_and_nothing_is_stored(String name) throws Exception {
            String token = save(mine, "Kept name");
            MvcTestResult result = mvc.post().uri("/routines/" + token + "/rename").param("name", name)
                    .cookie(mine).with(csrf()).exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("routine/mine");
            assertThat(body(result)).contains("The name was not changed.",
                    "<p class=\"field-error\" id=\"name-error-0\">Give the routine a name of 1 to 80 characters.</p>");
            assertThat(row(token).get("name")).isEqualTo("Kept name");
        }

        @Test
        void another_browser_cannot_rename_and_nothing_changes() throws Exception {
            String token = save(mine, "Not yours");
            MvcTestResult result = mvc.post().uri("/routines/" + token + "/rename").param("name", "Taken")
                    .cookie(theirs).with(csrf()).exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(body(result)).contains("not among the routines saved in this browser");
            assertThat(mvc.post().uri("/routines/" + token + "/rename").param("name", "Taken").with(csrf())
                    .exchange()).as("no cookie at all").hasStatus(HttpStatus.NOT_FOUND);
            // A bad name from a stranger is still a stranger's request: 404, not the owner's list with an error.
            assertThat(mvc.post().uri("/routines/" + token + "/rename").param("name", " ").with(csrf())
                    .exchange()).as("no cookie, blank name").hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post().uri("/routines/" + token + "/rename").param("name", " ").cookie(theirs)
                    .with(csrf()).exchange()).as("another browser, blank name").hasStatus(HttpStatus.NOT_FOUND);
            assertThat(row(token).get("name")).isEqualTo("Not yours");
        }

        @Test
        void a_rename_without_the_csrf_token_is_refused_and_nothing_changes() {
            String token = save(mine, "Guarded");
            assertThat(mvc.post().uri("/routines/" + token + "/rename").param("name", "Forged").cookie(mine)
                    .exchange()).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(row(token).get("name")).isEqualTo("Guarded");
        }
    }

    @Nested
    class Deleting {

        @Test
        void delete_then_undo() throws Exception {
            String token = save(mine, "Short lived");
            MvcTestResult deleted = post("/routines/" + token + "/delete", mine);
            assertThat(deleted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/routines");
            assertThat(row(token).get("deleted_at")).isNotNull();

            // The list offers the undo, both right after (with the flash message) and under "Recently deleted".
            MvcTestResult after = mvc.get().uri("/routines").cookie(mine)
                    .flashAttr("flash", "“Short lived” was deleted.").flashAttr("undoToken", token).exchange();
            assertThat(body(after)).contains("“Short lived” was deleted.", "Recently deleted",
                    "action=\"/routines/" + token + "/restore\"", "aria-label=\"Undo deleting Short lived\"");

            MvcTestResult gone = mvc.get().uri("/routines/" + token).exchange();
            assertThat(gone).hasStatus(HttpStatus.GONE).hasViewName("routine/gone");
            assertThat(body(gone)).contains("This routine was deleted", "href=\"/routines\"", "class=\"site-header\"");
            assertThat(mvc.get().uri("/routines/" + token + "/follow").exchange()).hasStatus(HttpStatus.GONE);
            assertThat(post("/routines/" + token + "/items/arm-circles/up", mine)).hasStatus(HttpStatus.GONE);

            assertThat(post("/routines/" + token + "/restore", mine)).hasStatus(HttpStatus.FOUND);
            assertThat(row(token).get("deleted_at")).isNull();
            assertThat(mvc.get().uri("/routines/" + token).exchange()).hasStatus(HttpStatus.OK);
            assertThat(list(mine)).doesNotContain("Recently deleted");
        }

        @Test
        void another_browser_cannot_delete_or_undo_and_nothing_changes() {
            String token = save(mine, "Stays");
            assertThat(post("/routines/" + token + "/delete", theirs)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(row(token).get("deleted_at")).isNull();
            post("/routines/" + token + "/delete", mine);
            assertThat(post("/routines/" + token + "/restore", theirs)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(row(token).get("deleted_at")).isNotNull();
        }

        @Test
        void past_its_time_to_undo_a_deleted_routine_leaves_the_list_and_is_purged_by_a_later_delete()
                throws Exception {
            String old = save(mine, "Long gone");
            post("/routines/" + old + "/delete", mine);
            jdbc.sql("update saved_routine set deleted_at = ? where token_hash = ?")
                    .param(java.time.LocalDateTime.now().minusDays(31)).param(Sha256.hex(old)).update();
            assertThat(list(mine)).doesNotContain("Long gone");
            post("/routines/" + save(theirs, "Another") + "/delete", theirs);
            assertThat(jdbc.sql("select count(*) from saved_routine where token_hash = ?").param(Sha256.hex(old))
                    .query(Long.class).single()).isZero();
            assertThat(mvc.get().uri("/routines/" + old).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        }

        @Test
        void a_made_up_token_is_a_404_and_deletes_nothing() {
            save(mine, "Untouched");
            assertThat(post("/routines/AAAAAAAAAAAAAAAAAAAAAA/delete", mine)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(jdbc.sql("select count(*) from saved_routine where owner_hash = ? and deleted_at is not null")
                    .param(Sha256.hex(mine.getValue())).query(Long.class).single()).isZero();
        }
    }

    @Nested
    class Duplicating {

        @Test
        void a_copy_gets_its_own_link_the_same_movements_and_joins_the_list() throws Exception {
            String token = save(mine, "Original");
            MvcTestResult result = post("/routines/" + token + "/duplicate", mine);
            assertThat(result).hasStatus(HttpStatus.FOUND);
            String copy = result.getResponse().getRedirectedUrl().substring("/routines/".length());
            assertThat(copy).isNotEqualTo(token).matches("[A-Za-z0-9_-]{22}");
            assertThat(row(copy).get("name")).isEqualTo("Original (copy)");
            assertThat(items(copy)).isEqualTo(items(token)).isNotEmpty();
            assertThat(ownedBy(mine)).isEqualTo(2);
            assertThat(list(mine)).contains("Original (copy)", "href=\"/routines/" + copy + "\"");
        }

        @Test
        void another_browser_with_the_link_copies_it_into_its_own_list_and_the_original_stays() throws Exception {
            String token = save(mine, "Passed on");
            MvcTestResult result = post("/routines/" + token + "/duplicate", theirs);
            String copy = result.getResponse().getRedirectedUrl().substring("/routines/".length());
            assertThat(row(copy).get("owner_hash")).isEqualTo(Sha256.hex(theirs.getValue()));
            assertThat(row(token).get("owner_hash")).isEqualTo(Sha256.hex(mine.getValue()));
            assertThat(list(mine)).doesNotContain(copy);
        }

        @Test
        void a_long_name_keeps_its_copy_mark_within_the_limit() {
            String named = MyRoutinesController.copyName("n".repeat(80) + " (copy)");
            assertThat(named).hasSize(80).endsWith("n (copy)");
        }

        List<String> items(String token) {
            return jdbc.sql("select i.slug from saved_routine_item i join saved_routine r on r.id = i.routine_id "
                    + "where r.token_hash = ? order by i.position").param(Sha256.hex(token)).query(String.class)
                    .list();
        }
    }

    @Autowired
    app.limber.catalog.Catalog catalog;

    @Test
    void every_button_names_its_movement_for_screen_readers() throws Exception {
        String token = save(mine, "Named buttons");
        String slug = jdbc.sql("select i.slug from saved_routine_item i join saved_routine r on r.id = i.routine_id "
                + "where r.token_hash = ? and i.position = 1").param(Sha256.hex(token)).query(String.class).single();
        String name = org.springframework.web.util.HtmlUtils.htmlEscape(catalog.get(slug).name());
        String page = body(mvc.get().uri("/routines/" + token).exchange());
        assertThat(page).contains("aria-label=\"Remove " + name + "\"", "Move " + name + " up",
                "aria-label=\"Adjust " + name + "\"", "aria-label=\"Update the amount of " + name + "\"");
    }

    @Test
    void a_removal_lands_on_the_block_and_a_dose_change_on_the_movement() {
        String token = save(mine, "Anchored too");
        String slug = jdbc.sql("select i.slug from saved_routine_item i join saved_routine r on r.id = i.routine_id "
                + "where r.token_hash = ? and i.position = 1").param(Sha256.hex(token)).query(String.class).single();
        assertThat(mvc.post().uri("/routines/" + token + "/items/" + slug + "/dose").param("sets", "2").cookie(mine)
                .with(csrf()).exchange()).hasRedirectedUrl("/routines/" + token + "#item-" + slug);
        assertThat(post("/routines/" + token + "/items/" + slug + "/remove", mine))
                .hasRedirectedUrl("/routines/" + token + "#block-" + catalog.get(slug).block());
    }

    @Test
    void an_edit_lands_back_on_the_movement_it_changed() {
        String token = save(mine, "Anchored");
        String slug = jdbc.sql("select i.slug from saved_routine_item i join saved_routine r on r.id = i.routine_id "
                + "where r.token_hash = ? and i.position = 1").param(Sha256.hex(token)).query(String.class).single();
        MvcTestResult up = post("/routines/" + token + "/items/" + slug + "/up", mine);
        assertThat(up).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/routines/" + token + "#item-" + slug);
    }
}
