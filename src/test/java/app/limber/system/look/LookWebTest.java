package app.limber.system.look;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.system.WebSlice;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The look form without JavaScript (GET /look remembers the choice in a cookie and goes back to the page), and the
 * cookie written on every page's {@code <html>} as data-theme and data-text, with only known values ever taken.
 * The refusal page of a bad value is itself a page in the site's layout, so it shows the cookie's look too.
 */
@WebSlice(LookController.class)
class LookWebTest {

    static final Pattern HTML_TAG = Pattern.compile("<html[^>]*>");

    @Autowired
    MockMvcTester mvc;

    static String htmlTag(MvcTestResult result) throws Exception {
        Matcher m = HTML_TAG.matcher(body(result).replace("\n", " "));
        assertThat(m.find()).as("an <html> tag").isTrue();
        return m.group();
    }

    static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Nested
    class Choosing {

        @Test
        void remembers_the_choice_for_400_days_and_goes_back_to_the_page() {
            MockHttpServletResponse response = mvc.get().uri("/look?theme=dark&text=larger&back={back}",
                    "/stretches?q=neck&block=stretch").exchange().getResponse();
            assertThat(response.getStatus()).isEqualTo(HttpStatus.SEE_OTHER.value());
            assertThat(response.getHeader("Location")).isEqualTo("/stretches?q=neck&block=stretch");
            assertThat(response.getHeader("Set-Cookie")).startsWith("limber_look=dark.larger;")
                    .contains("Path=/", "Max-Age=34560000", "SameSite=Lax")
                    // look.js reads and writes it too.
                    .doesNotContain("HttpOnly");
        }

        @Test
        void a_half_left_out_keeps_what_was_chosen_before() {
            MockHttpServletResponse response = mvc.get().uri("/look?text=large&back=/")
                    .cookie(new Cookie(Look.COOKIE, "dark.normal")).exchange().getResponse();
            assertThat(response.getHeader("Set-Cookie")).startsWith("limber_look=dark.large;");
        }

        @ParameterizedTest
        @ValueSource(strings = {"//elsewhere.example/", "https://elsewhere.example/", "/\\elsewhere.example",
                "javascript:alert(1)", "stretches", "", "/a\r\nSet-Cookie: x=y"})
        void goes_home_rather_than_to_another_site_or_a_broken_address(String back) {
            MockHttpServletResponse response = mvc.get().uri("/look?theme=light&back={back}", back).exchange()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(HttpStatus.SEE_OTHER.value());
            assertThat(response.getHeader("Location")).isEqualTo("/");
        }

        @Test
        void an_unknown_value_is_a_400_page_in_the_layout_and_sets_nothing() throws Exception {
            MvcTestResult result = mvc.get().uri("/look?theme=purple&back=/").exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith(Look.COOKIE));
            assertThat(body(result)).contains("Skip to content", "class=\"status-code\">400",
                    "“purple” is not a valid value for theme. Valid values: system, light, dark.");
        }
    }

    @Nested
    class OnEveryPage {

        @Test
        void the_remembered_look_is_on_html_so_the_first_paint_needs_no_script() throws Exception {
            MvcTestResult page = mvc.get().uri("/look?text=huge").cookie(new Cookie(Look.COOKIE, "dark.larger"))
                    .exchange();
            assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(htmlTag(page)).contains("data-theme=\"dark\"", "data-text=\"larger\"");
        }

        /** The dark palette's stylesheet is linked on every page; its media follows the look. */
        @ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
                "system.normal | screen and (prefers-color-scheme: dark)",
                "light.normal  | not all",
                "dark.large    | screen",
                "made.up       | screen and (prefers-color-scheme: dark)"})
        void the_dark_palette_applies_by_the_device_setting_unless_a_choice_was_made(String cookie, String media)
                throws Exception {
            String html = body(mvc.get().uri("/look?text=huge").cookie(new Cookie(Look.COOKIE, cookie)).exchange());
            java.util.regex.Matcher link = java.util.regex.Pattern
                    .compile("<link rel=\"stylesheet\" id=\"dark-palette\" href=\"/css/dark[^\"]*[.]css\"\\s+media=\"([^\"]*)\">")
                    .matcher(html);
            assertThat(link.find()).as("the dark palette's link in " + html).isTrue();
            assertThat(link.group(1)).isEqualTo(media);
        }

        @Test
        void the_device_setting_and_normal_text_write_nothing() throws Exception {
            assertThat(htmlTag(mvc.get().uri("/look?text=huge").exchange())).doesNotContain("data-theme", "data-text");
            assertThat(htmlTag(mvc.get().uri("/look?text=huge").cookie(new Cookie(Look.COOKIE, "system.normal"))
                    .exchange())).doesNotContain("data-theme", "data-text");
        }

        @ParameterizedTest
        @ValueSource(strings = {"purple.huge", "\"><script>alert(1)</script>", "dark", "dark.large.extra",
                "DARK.LARGE", ""})
        void an_unknown_cookie_counts_as_the_defaults(String value) throws Exception {
            MvcTestResult page = mvc.get().uri("/look?text=huge").cookie(new Cookie(Look.COOKIE, value)).exchange();
            assertThat(htmlTag(page)).doesNotContain("data-theme", "data-text");
        }

        @Test
        void an_unknown_half_keeps_its_default_and_the_other_half_counts() throws Exception {
            assertThat(htmlTag(mvc.get().uri("/look?text=huge").cookie(new Cookie(Look.COOKIE, "dark.huge"))
                    .exchange())).contains("data-theme=\"dark\"").doesNotContain("data-text");
        }

        @Test
        void the_header_form_shows_the_current_choice_and_comes_back_to_this_page() throws Exception {
            String html = body(mvc.get().uri("/look?theme=purple&x=1").cookie(new Cookie(Look.COOKIE, "light.large"))
                    .exchange());
            assertThat(html).contains("action=\"/look\" method=\"get\"")
                    .containsPattern("<input type=\"radio\" name=\"theme\" value=\"light\" checked")
                    .containsPattern("<input type=\"radio\" name=\"text\" value=\"large\" checked")
                    .doesNotContainPattern("value=\"(system|dark|normal|larger)\" checked")
                    .contains("<input type=\"hidden\" name=\"back\" value=\"/look?theme=purple&amp;x=1\">")
                    .contains("<a href=\"/routines\">My routines</a>")
                    .containsPattern("<script src=\"/js/look[^\"]*\\.js\" defer")
                    .contains(">Colours<", ">As the device<", ">Text size<", ">Larger<");
        }

        /** A pasted long value is quoted back on the 400 page only cut short; the form does not carry it whole. */
        @Test
        void a_long_address_or_one_with_a_path_parameter_is_not_carried_back() throws Exception {
            String html = body(mvc.get().uri("/look?theme=" + "z".repeat(700)).exchange());
            assertThat(html).contains("<input type=\"hidden\" name=\"back\" value=\"\">").doesNotContain("z".repeat(100));
            assertThat(body(mvc.get().uri("/look;jsessionid=x?theme=purple").exchange())).doesNotContain("jsessionid");
        }
    }
}
