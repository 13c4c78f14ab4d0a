package app.limber.system.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Kept pages: served again without rendering, with validators, per-visitor CSRF tokens, and never stale after an
 * edit made anywhere.
 */
// A context of its own: Spring Security Test's csrf() post-processor, used by other page tests, swaps the CSRF
// filter's repository for a session-based one in whatever context it runs in, and these tests need the real cookie.
@SpringBootTest(properties = "limber.page-cache.max-size=8MB")
@AutoConfigureMockMvc
class PageCacheWebTest {

    static final String ROUTINE = "/routines/generate?slot=evening&minutes=15&place=home&equipment=chair";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PageCache pages;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        pages.clear();
    }

    MockHttpServletResponse get(String uri, Cookie... cookies) {
        var request = mvc.get().uri(uri);
        if (cookies.length > 0) {
            request = request.cookie(cookies);
        }
        return request.exchange().getResponse();
    }

    static String body(MockHttpServletResponse response) throws IOException {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    @Nested
    class PagesForEveryone {

        @Test
        void a_kept_answer_goes_only_to_a_request_that_accepts_its_type() {
            String api = "/api/routines/generate?slot=midday&minutes=10";
            get(api);
            long kept = pages.hits();
            assertThat(get(api).getStatus()).isEqualTo(200);
            assertThat(pages.hits()).as("kept").isEqualTo(kept + 1);

            // As with nothing kept: the API writes JSON only, so a client that takes only YAML gets a 406 (the kept
            // copy is found, and counted, but not sent).
            MockHttpServletResponse yaml = mvc.get().uri(api).header("Accept", "application/yaml").exchange()
                    .getResponse();
            // (MockMvc does not dispatch to the error page: ApiErrorsTest checks the problem detail it writes.)
            assertThat(yaml.getStatus()).isEqualTo(406);

            long hits = pages.hits();
            MockHttpServletResponse browser = mvc.get().uri(api).header("Accept", "text/html, */*;q=0.8").exchange()
                    .getResponse();
            assertThat(browser.getStatus()).isEqualTo(200);
            assertThat(pages.hits()).as("a wildcard takes the kept JSON").isEqualTo(hits + 1);
        }

        @Test
        void the_second_request_is_answered_from_the_kept_copy_byte_for_byte() throws IOException {
            MockHttpServletResponse first = get("/stretches?block=stretch");
            long hits = pages.hits();
            MockHttpServletResponse second = get("/stretches?block=stretch");
            assertThat(pages.hits()).isEqualTo(hits + 1);
            assertThat(second.getStatus()).isEqualTo(200);
            assertThat(body(second)).isEqualTo(body(first)).contains("Stretches");
            assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
                    .isNotNull();
            assertThat(second.getContentType()).isEqualTo(first.getContentType());
        }

        @Test
        void set_no_cookie_and_may_be_kept_by_anyone_but_are_always_revalidated() throws IOException {
            for (int i = 0; i < 2; i++) {
                MockHttpServletResponse page = get("/stretches/cat-cow");
                assertThat(page.getHeaders("Set-Cookie")).as("request %d", i).isEmpty();
                assertThat(body(page)).doesNotContain("_csrf");
                assertThat(page.getHeader("Cache-Control")).isEqualTo("no-cache");
                assertThat(page.getHeaders("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Language"));
                assertThat(page.getHeader("ETag")).startsWith("W/\"");
            }
        }

        @Test
        void a_matching_etag_gets_304_from_the_rendered_page_and_from_the_kept_copy() {
            String etag = get("/guide").getHeader("ETag");
            pages.clear();
            assertThat(mvc.get().uri("/guide").header("If-None-Match", etag).exchange().getResponse().getStatus())
                    .as("rendered").isEqualTo(304);
            assertThat(mvc.get().uri("/guide").header("If-None-Match", etag).exchange().getResponse().getStatus())
                    .as("kept").isEqualTo(304);
            assertThat(mvc.get().uri("/guide").header("If-None-Match", "W/\"other\"").exchange().getResponse()
                    .getStatus()).isEqualTo(200);
        }

        @Test
        void each_language_and_each_address_has_its_own_copy() {
            get("/stretches");
            long hits = pages.hits();
            mvc.get().uri("/stretches").header("Accept-Language", "es").exchange();
            mvc.get().uri("/stretches").cookie(new Cookie("limber_lang", "es")).exchange();
            get("/stretches?q=neck");
            assertThat(pages.hits()).as("the Spanish copy made once, then kept for the cookie too").isEqualTo(hits + 1);
        }

        /** A language Limber is not written in gets the English page: the same copy, not one per header. */
        @Test
        void languages_limber_is_not_written_in_share_the_english_copy() {
            get("/stretches");
            long hits = pages.hits();
            mvc.get().uri("/stretches").header("Accept-Language", "de").exchange();
            mvc.get().uri("/stretches").header("Accept-Language", "fr;q=0.9, de;q=0.8").exchange();
            assertThat(pages.hits()).isEqualTo(hits + 2);
        }

        /** The look is written on the page's <html>: one visitor's dark page is never another's light one. */
        @Test
        void each_look_has_its_own_copy() throws IOException {
            Cookie dark = new Cookie("limber_look", "dark.larger");
            assertThat(body(get("/stretches"))).doesNotContain("data-theme");
            long hits = pages.hits();
            assertThat(body(get("/stretches", dark))).contains("data-theme=\"dark\" data-text=\"larger\"");
            assertThat(pages.hits()).isEqualTo(hits);
            assertThat(body(get("/stretches", dark))).contains("data-theme=\"dark\" data-text=\"larger\"");
            assertThat(body(get("/stretches", new Cookie("limber_look", "made.up")))).doesNotContain("data-theme");
            assertThat(pages.hits()).as("the dark copy, then the default copy for a made-up look").isEqualTo(hits + 2);
        }

        @Test
        void a_browser_that_accepts_gzip_gets_the_same_page_gzipped() throws IOException {
            String plain = body(get("/stretches"));
            MockHttpServletResponse zipped = mvc.get().uri("/stretches").header("Accept-Encoding", "gzip, deflate")
                    .exchange().getResponse();
            assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
            assertThat(String.join(",", zipped.getHeaders("Vary"))).containsIgnoringCase("Accept-Encoding")
                    .containsIgnoringCase("Accept-Language");
            assertThat(zipped.getContentAsByteArray().length).isLessThan(plain.length() / 3);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
            }
        }

        @Test
        void a_refused_request_is_never_kept() {
            assertThat(get("/stretches?block=nonsense").getStatus()).isEqualTo(400);
            long hits = pages.hits();
            assertThat(get("/stretches?block=nonsense").getStatus()).isEqualTo(400);
            assertThat(pages.hits()).isEqualTo(hits);
        }
    }

    @Nested
    class PagesWithAForm {

        @Test
        void each_visitor_gets_their_own_token_and_it_saves_the_routine() throws IOException {
            MockHttpServletResponse first = get(ROUTINE);
            Cookie firstCookie = first.getCookie("limber_csrf");
            assertThat(firstCookie).isNotNull();
            long hits = pages.hits();

            MockHttpServletResponse second = get(ROUTINE);
            assertThat(pages.hits()).isEqualTo(hits + 1);
            Cookie secondCookie = second.getCookie("limber_csrf");
            assertThat(secondCookie).as("a new visitor gets a token cookie from the kept copy too").isNotNull();
            assertThat(secondCookie.getValue()).isNotEqualTo(firstCookie.getValue());
            String secondToken = token(body(second));
            assertThat(secondToken).isNotEqualTo(token(body(first)));
            assertThat(body(second).replace(secondToken, "T")).isEqualTo(body(first).replace(token(body(first)), "T"));
            assertThat(second.getHeader("Cache-Control")).isEqualTo("private, no-cache");

            MvcTestResult saved = mvc.post().uri("/routines?slot=evening&minutes=15&place=home&equipment=chair")
                    .cookie(secondCookie).param("_csrf", secondToken).param("name", "From a kept page").exchange();
            assertThat(saved.getResponse().getStatus()).isEqualTo(302);
            assertThat(saved.getResponse().getRedirectedUrl()).matches("/routines/[A-Za-z0-9_-]{22}");
        }

        @Test
        void a_returning_visitor_keeps_their_cookie_and_their_etag_holds_only_with_it() {
            MockHttpServletResponse first = get(ROUTINE);
            Cookie cookie = first.getCookie("limber_csrf");
            MockHttpServletResponse again = get(ROUTINE, cookie);
            assertThat(again.getCookie("limber_csrf")).isNull();
            assertThat(again.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
            assertThat(mvc.get().uri(ROUTINE).cookie(cookie).header("If-None-Match", first.getHeader("ETag"))
                    .exchange().getResponse().getStatus()).isEqualTo(304);
            assertThat(mvc.get().uri(ROUTINE).cookie(new Cookie("limber_csrf", "someone-else"))
                    .header("If-None-Match", first.getHeader("ETag")).exchange().getResponse().getStatus())
                    .isEqualTo(200);
        }
    }

    @Nested
    class SavedRoutines {

        String save(String name) throws IOException {
            MockHttpServletResponse page = get(ROUTINE);
            MvcTestResult saved = mvc.post().uri("/routines?slot=evening&minutes=15&place=home&equipment=chair")
                    .cookie(page.getCookie("limber_csrf")).param("_csrf", token(body(page))).param("name", name)
                    .exchange();
            return saved.getResponse().getRedirectedUrl();
        }

        @Test
        void an_edit_through_another_instance_is_never_hidden_by_the_kept_copy() throws IOException {
            String path = save("Before");
            assertThat(body(get(path))).contains("Before");
            long hits = pages.hits();
            assertThat(body(get(path))).contains("Before");
            assertThat(body(get(path + "/follow"))).contains("Before");
            assertThat(pages.hits()).isEqualTo(hits + 1);

            // What another instance's edit leaves behind: new content, a higher version.
            jdbc.update("update saved_routine set name = 'After', version = version + 1 where name = 'Before'");
            assertThat(body(get(path))).contains("After").doesNotContain("Before");
            assertThat(body(get(path + "/follow"))).contains("After");
        }

        @Test
        void a_message_after_an_edit_is_shown_once_and_not_kept() throws IOException {
            String path = save("Flash check");
            MockHttpServletResponse page = get(path);
            MvcTestResult edit = mvc.post().uri(path + "/items/" + firstSlug(body(page)) + "/down")
                    .cookie(page.getCookie("limber_csrf")).param("_csrf", token(body(page))).exchange();
            assertThat(edit.getResponse().getStatus()).isEqualTo(302);
            Cookie flash = edit.getResponse().getCookie("limber_flash");
            assertThat(flash).isNotNull();
            String withMessage = body(get(path, flash));
            assertThat(withMessage).contains("class=\"flash");
            assertThat(body(get(path))).doesNotContain("class=\"flash");
        }

        private String firstSlug(String html) {
            Matcher m = Pattern.compile("/items/([a-z0-9-]+)/down").matcher(html);
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }

    @Nested
    class StaticFiles {

        @Test
        void the_stylesheet_and_figures_are_named_by_their_content_and_kept_a_year_by_anyone() throws IOException {
            String html = body(get("/stretches"));
            Matcher css = Pattern.compile("href=\"(/css/limber-[0-9a-f]{32}\\.css)\"").matcher(html);
            assertThat(css.find()).as("a content-hashed stylesheet link").isTrue();
            Matcher figure = Pattern.compile("src=\"(/figures/[a-z0-9-]+\\.svg\\?v=[0-9a-f]{10})\"").matcher(html);
            assertThat(figure.find()).as("a versioned figure").isTrue();
            for (String file : new String[] {css.group(1), figure.group(1)}) {
                for (int i = 0; i < 2; i++) {
                    MockHttpServletResponse response = get(file);
                    assertThat(response.getStatus()).as(file).isEqualTo(200);
                    assertThat(response.getHeader("Cache-Control")).as(file).contains("max-age=31536000", "public");
                    assertThat(response.getHeader("ETag")).as(file).isNotNull();
                    assertThat(response.getHeaders("Set-Cookie")).as(file).isEmpty();
                }
            }
        }
    }
}
