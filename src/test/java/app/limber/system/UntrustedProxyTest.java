package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.it.RawBrowser;
import app.limber.it.RawHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same forwarded headers as {@link StatelessWebTest.BehindATrustedProxy}, from an address that is not a
 * trusted proxy (an operator narrowed internal-proxies to one that is not loopback): they are ignored, so the
 * request stays plain http with its own host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=192.0.2.10/32")
class UntrustedProxyTest {

    @LocalServerPort
    int port;

    @Test
    void forwarded_headers_from_an_untrusted_address_are_ignored() {
        Map<String, String> forged = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example",
                "X-Forwarded-For", "203.0.113.9");
        RawBrowser browser = new RawBrowser();
        RawHttp.Response page = browser.get(port, StatelessWebTest.GENERATED, forged);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.first("Strict-Transport-Security")).isNull();
        assertThat(page.setCookie("limber_csrf")).doesNotContain("Secure");

        RawHttp.Response saved = browser.post(port, StatelessWebTest.SAVE,
                StatelessWebTest.form(RawBrowser.csrf(page), "Untrusted"), forged);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.first("Location")).startsWith("http://127.0.0.1:" + port + "/routines/");
        assertThat(saved.setCookie("limber_flash")).doesNotContain("Secure");
        String routine = saved.first("Location").replaceFirst("^http://[^/]+", "");

        RawHttp.Response follow = browser.get(port, routine + "/follow", forged);
        RawHttp.Response logged = browser.post(port, "/history/sessions", RawBrowser.logForm(follow), forged);
        assertThat(logged.setCookie("limber_history")).doesNotContain("Secure");
        RawHttp.Response history = browser.get(port, "/history", forged);
        assertThat(history.body()).contains("http://127.0.0.1:" + port + "/history/restore/")
                .doesNotContain("https://", "evil.example");
    }
}
