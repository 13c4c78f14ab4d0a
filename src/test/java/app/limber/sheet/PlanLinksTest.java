package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The links a plan page builds carry the routine inputs and nothing else, encoded: a crafted parameter cannot
 * change the paper of a download or add a parameter of its own. Same configuration as the page tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanLinksTest {

    @Autowired
    MockMvcTester mvc;

    String href(String html, String label) {
        Matcher m = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>" + Pattern.quote(label) + "</a>").matcher(html);
        assertThat(m.find()).as(label).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    MultiValueMap<String, String> params(String link) {
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        UriComponentsBuilder.fromUriString(link).build().getQueryParams().forEach((name, values) -> values
                .forEach(v -> decoded.add(name, UriUtils.decode(v.replace("+", " "), StandardCharsets.UTF_8))));
        return decoded;
    }

    @Test
    void an_unknown_parameter_cannot_turn_the_a4_download_into_letter() throws Exception {
        MvcTestResult result = mvc.get()
                .uri(URI.create("/plan/week?minutes=10&date=2026-11-23&x=a%26paper%3Dletter")).exchange();
        assertThat(result).hasStatusOk();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String a4 = href(html, "PDF (A4)");
        assertThat(params(a4).get("paper")).containsExactly("a4");
        assertThat(params(a4)).containsOnlyKeys("minutes", "date", "paper");
        assertThat(params(href(html, "PDF (US Letter)")).get("paper")).containsExactly("letter");
        // No link of the page carries it (the header's Display form returns to this very address, as sent).
        assertThat(java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html).results()
                .map(m -> m.group(1))).isNotEmpty()
                .allSatisfy(link -> assertThat(link).doesNotContain("x=a", "a&paper=letter", "a%26paper"));
    }
}
