package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertThat(html).doesNotContain("x=a", "a&paper=letter", "a%26paper");
    }

    @Test
    void only_the_routine_inputs_are_kept_in_their_order() {
        MultiValueMap<String, String> given = new LinkedMultiValueMap<>();
        given.add("x", "1");
        given.add("focus", "neck");
        given.add("paper", "letter");
        given.add("slot", "evening");
        given.add("date", "2026-11-23");
        given.add("equipment", "chair");
        given.add("equipment", "band");
        given.add("minutes", "10");
        given.add("morning", "07:00");
        MultiValueMap<String, String> inputs = PlanInputs.from(given);
        assertThat(inputs.keySet()).containsExactly("minutes", "equipment", "focus");
        assertThat(inputs.get("equipment")).containsExactly("chair", "band");
        assertThat(PlanInputs.query(inputs)).isEqualTo("minutes=10&equipment=chair&equipment=band&focus=neck");
    }

    @Test
    void values_are_encoded_so_they_stay_whole() {
        MultiValueMap<String, String> inputs = new LinkedMultiValueMap<>();
        inputs.put("focus", List.of("a&paper=letter", "1+1 #x", "é"));
        String query = PlanInputs.query(inputs);
        assertThat(query).doesNotContain("&paper", "#", " ");
        assertThat(params("/plan/week?" + query).get("focus")).containsExactly("a&paper=letter", "1+1 #x", "é");
    }
}
