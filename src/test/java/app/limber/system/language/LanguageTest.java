package app.limber.system.language;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which language a request gets: the cookie's choice, else the browser's best supported language, else English. */
class LanguageTest {

    @Nested
    class FromTheBrowser {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "es | es",
                "es-MX,es;q=0.9 | es",
                "es-419 | es",
                "ES | es",
                "en-US,en;q=0.8 | en",
                "de | en",
                "de,es;q=0.5 | es",
                "de-DE,de;q=0.9,en;q=0.8,es;q=0.7 | en",
                "en;q=0.3,es;q=0.9 | es",
                "es;q=0.5,en;q=0.5 | es",
                "en;q=0.5,es;q=0.5 | en",
                "fr-CA,fr;q=0.9,es-ES;q=0.1 | es",
                "es;q=0,en | en",
                "de,es;q=0 | en",
                "* | en",
                "fr,*;q=0.5 | en",
                "xx-%%%;q=zz | en",
                "'he;q=1, *;q=0' | en"})
        void takes_the_supported_language_the_browser_prefers_most(String header, String expected) {
            assertThat(Language.of(null, header).tag()).isEqualTo(expected);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", ";;;", "es;q=2"})
        void without_a_usable_header_is_english(String header) {
            assertThat(Language.of(null, header)).isEqualTo(Language.ENGLISH);
        }

        @Test
        void a_header_far_longer_than_any_browser_sends_is_not_read() {
            assertThat(Language.of(null, "es," + "de;q=0.1,".repeat(100))).isEqualTo(Language.ENGLISH);
        }
    }

    @Nested
    class ByChoice {

        @Test
        void the_cookie_wins_over_the_browser() {
            assertThat(Language.of("es", "en-US,en;q=0.9")).isEqualTo(Language.SPANISH);
            assertThat(Language.of("en", "es-MX,es;q=0.9")).isEqualTo(Language.ENGLISH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"de", "ES", "es-MX", "", "es;", "xx"})
        void a_cookie_naming_no_language_of_ours_counts_as_unsaid(String value) {
            assertThat(Language.of(value, "es")).isEqualTo(Language.SPANISH);
            assertThat(Language.of(value, "de")).isEqualTo(Language.ENGLISH);
        }
    }

    @Nested
    class OfARequest {

        @Test
        void keeps_the_browsers_country_beside_a_language_of_ours() {
            assertThat(locale("en-US,en;q=0.9", null)).isEqualTo(Locale.forLanguageTag("en-US"));
            assertThat(locale("es-MX,es;q=0.9", null)).isEqualTo(Locale.forLanguageTag("es-MX"));
            // The paper size follows the country even when the language is chosen.
            assertThat(locale("en-US", "es")).isEqualTo(Locale.forLanguageTag("es-US"));
        }

        @Test
        void never_a_language_of_someone_elses_nor_a_made_up_country() {
            assertThat(locale("de-DE", null)).isEqualTo(Locale.forLanguageTag("en-DE"));
            assertThat(locale("de", null)).isEqualTo(Locale.ENGLISH);
            assertThat(locale("es-XQ", null)).isEqualTo(Locale.forLanguageTag("es"));
            assertThat(locale("es-419", null)).isEqualTo(Locale.forLanguageTag("es"));
            assertThat(locale(null, "fr")).isEqualTo(Locale.ENGLISH);
        }

        private Locale locale(String header, String cookie) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            if (header != null) {
                request.addHeader("Accept-Language", header);
            }
            if (cookie != null) {
                request.setCookies(new Cookie(Language.COOKIE, cookie));
            }
            return Language.localeOf(request);
        }
    }
}
