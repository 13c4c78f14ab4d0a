package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

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

    /** The page at this address, which must answer 200 OK, as its reader sees the text (see {@link #unescaped}). */
    public static String okUnescaped(MockMvcTester mvc, String uri) throws UnsupportedEncodingException {
        return HtmlUtils.htmlUnescape(ok(mvc, uri));
    }

    /**
     * An answer's body as its reader sees the text: read as UTF-8, with HTML's character references decoded (Thymeleaf
     * writes an apostrophe as {@code &#39;}), so a test can look for a sentence as the bundle has it.
     */
    public static String unescaped(MvcTestResult result) throws UnsupportedEncodingException {
        return HtmlUtils.htmlUnescape(text(result));
    }

    /** An answer's body, read as UTF-8 (what Limber sends; MockMvc would assume ISO-8859-1). */
    public static String text(MvcTestResult result) throws UnsupportedEncodingException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
