package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Pages read through MockMvc the way a browser reads them. */
public final class Pages {

    private Pages() {
    }

    /** The page at this address, which must answer 200 OK, as text. */
    public static String ok(MockMvcTester mvc, String uri) throws UnsupportedEncodingException {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return text(result);
    }

    /** An answer's body, read as UTF-8 (what Limber sends; MockMvc would assume ISO-8859-1). */
    public static String text(MvcTestResult result) throws UnsupportedEncodingException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
