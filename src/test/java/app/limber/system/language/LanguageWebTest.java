package app.limber.system.language;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The page's language as people expect it: the browser's Accept-Language when Limber speaks it, the language
 * chosen with the header's links over that, English otherwise; {@code <html lang>} and every date always in the
 * page's language; the switch remembered and back on the same page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageWebTest {

    static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");
    static final Locale SPANISH = Locale.forLanguageTag("es");
    /** A Friday: its weekday and month are words in both languages. */
    static final LocalDate DAY = LocalDate.parse("2026-11-27");
    static final String ROUTINE = "/routines/generate?slot=morning&minutes=10&date=" + DAY;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    MvcTestResult get(String uri, String acceptLanguage, String cookie) {
        var request = mvc.get().uri(uri);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request = request.cookie(new Cookie(Language.COOKIE, cookie));
        }
        return request.exchange();
    }

    static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page with each run of white space as one space, as a reader sees it. */
    static String oneLine(MvcTestResult result) throws Exception {
        return body(result).replaceAll("\\s+", " ");
    }

    static String lang(MvcTestResult result) throws Exception {
        Matcher m = HTML_LANG.matcher(body(result));
        assertThat(m.find()).as("<html lang>").isTrue();
        return m.group(1);
    }

    String fullDate(Locale locale) {
        return DAY.format(DateTimeFormatter.ofPattern(messages.getMessage("format.date.full", null, locale), locale));
    }

    @Nested
    class ThePagesLanguage {

        @ParameterizedTest
        @ValueSource(strings = {"es", "es-MX,es;q=0.9", "de,es;q=0.5"})
        void is_spanish_when_the_browser_asks_for_it(String header) throws Exception {
            MvcTestResult page = get("/", header, null);
            assertThat(page).hasStatusOk();
            assertThat(lang(page)).isEqualTo("es");
        }

        @ParameterizedTest
        @ValueSource(strings = {"de", "fr-FR,fr;q=0.9", "en-US,en;q=0.9", "*"})
        void is_english_for_a_language_limber_is_not_written_in(String header) throws Exception {
            assertThat(lang(get("/", header, null))).isEqualTo("en");
            assertThat(lang(get("/stretches", header, null))).isEqualTo("en");
        }

        @Test
        void the_chosen_language_wins_over_the_browsers() throws Exception {
            assertThat(lang(get("/", "en-US,en;q=0.9", "es"))).isEqualTo("es");
            assertThat(lang(get("/", "es", "en"))).isEqualTo("en");
            // A cookie naming no language of ours counts as no choice.
            assertThat(lang(get("/", "es", "de"))).isEqualTo("es");
        }

        /** Kept pages (the page cache) are kept per language: the English copy is never the Spanish page. */
        @Test
        void a_kept_page_is_never_served_in_the_other_language() throws Exception {
            assertThat(lang(get("/guide", "en", null))).isEqualTo("en");
            assertThat(lang(get("/guide", "en", "es"))).isEqualTo("es");
            assertThat(lang(get("/guide", "es", null))).isEqualTo("es");
            assertThat(lang(get("/guide", "es", "en"))).isEqualTo("en");
            assertThat(get("/guide", "es", null).getResponse().getHeaders("Vary"))
                    .contains("Accept-Language", "Cookie");
        }

        @Test
        void dates_are_written_in_the_pages_language_never_the_browsers_other_one() throws Exception {
            String german = body(get(ROUTINE, "de-DE", null));
            assertThat(german).contains(fullDate(Locale.ENGLISH)).doesNotContain("Freitag", "November 2026,");
            assertThat(fullDate(Locale.ENGLISH)).isEqualTo("Friday 27 November 2026");

            String spanish = body(get(ROUTINE, "en-GB", "es"));
            assertThat(spanish).contains(HtmlUtils.htmlEscape(fullDate(SPANISH), "UTF-8"))
                    .doesNotContain("Friday");
            assertThat(fullDate(SPANISH)).as("the weekday and month in Spanish").contains("viernes", "noviembre");
        }
    }

    @Nested
    class TheSwitch {

        @Test
        void every_page_offers_each_language_named_in_itself_the_current_one_not_a_link() throws Exception {
            String html = oneLine(get("/stretches?q=neck", "en", null));
            assertThat(html).containsPattern("<nav class=\"languages\" aria-label=\"Language\">")
                    .containsPattern("<span class=\"language-current\" aria-current=\"true\" lang=\"en\">English</span>")
                    .containsPattern("<a href=\"/language\\?lang=es&amp;back=[^\"]+\" lang=\"es\" hreflang=\"es\">"
                            + "Español</a>")
                    .doesNotContain("hreflang=\"en\"");
            String spanish = oneLine(get("/stretches?q=neck", "es", null));
            assertThat(spanish).contains("lang=\"en\" hreflang=\"en\">English</a>")
                    .contains("aria-current=\"true\" lang=\"es\">Español</span>");
        }

        @Test
        void following_the_link_remembers_the_choice_for_a_year_and_comes_back_to_the_same_page() throws Exception {
            String page = "/stretches?q=neck&block=stretch";
            Matcher link = Pattern.compile("href=\"([^\"]+)\" lang=\"es\" hreflang=\"es\"")
                    .matcher(oneLine(get(page, "en", null)));
            assertThat(link.find()).isTrue();

            // As the browser sends it: the address as written in the page, not a template to encode again.
            MockHttpServletResponse response = mvc.get().uri(URI.create(HtmlUtils.htmlUnescape(link.group(1))))
                    .header("Accept-Language", "en").exchange().getResponse();
            assertThat(response.getStatus()).isEqualTo(HttpStatus.SEE_OTHER.value());
            assertThat(response.getHeader("Location")).isEqualTo(page);
            assertThat(response.getHeader("Set-Cookie")).startsWith("limber_lang=es;")
                    .contains("Path=/", "Max-Age=31536000", "SameSite=Lax", "HttpOnly");

            assertThat(lang(get(page, "en", "es"))).isEqualTo("es");
        }

        @ParameterizedTest
        @ValueSource(strings = {"//elsewhere.example/", "https://elsewhere.example/", "/\\elsewhere.example",
                "javascript:alert(1)", "stretches", "", "/a\r\nSet-Cookie: x=y"})
        void goes_home_rather_than_to_another_site_or_a_broken_address(String back) {
            MockHttpServletResponse response = mvc.get().uri("/language?lang=es&back={back}", back).exchange()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(HttpStatus.SEE_OTHER.value());
            assertThat(response.getHeader("Location")).isEqualTo("/");
        }

        @ParameterizedTest
        @ValueSource(strings = {"de", "ES", "es-MX", "", "<b>es</b>"})
        void a_language_limber_is_not_written_in_is_a_400_page_in_the_layout_that_sets_nothing(String value)
                throws Exception {
            MvcTestResult result = mvc.get().uri("/language?lang={lang}&back=/", value).exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith(Language.COOKIE));
            assertThat(body(result)).contains("class=\"status-code\">400", "<nav class=\"languages\"")
                    .doesNotContain("<b>es</b>");
        }

        @Test
        void without_a_language_is_a_400_page_too() {
            assertThat(mvc.get().uri("/language?back=/stretches").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        }
    }
}
