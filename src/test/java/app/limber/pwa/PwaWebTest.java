package app.limber.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The manifest, the service worker's generated head and the offline page, over MockMvc (the same context as the
 * other full-context web tests). The browser side is OfflineBrowserTest.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PwaWebTest {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/(?:css|js|figures)/[^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    private String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> shell() throws Exception {
        String worker = body(mvc.get().uri("/sw.js").exchange());
        String list = worker.substring(worker.indexOf("const SHELL = ["), worker.indexOf("];"));
        List<String> urls = new ArrayList<>();
        Matcher m = QUOTED.matcher(list);
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    @Test
    void the_manifest_is_served_as_a_manifest_with_its_words_from_the_bundles() throws Exception {
        MvcTestResult result = mvc.get().uri("/manifest.webmanifest").exchange();

        assertThat(result).hasStatus(HttpStatus.OK).hasContentType("application/manifest+json");
        assertThat(result).bodyJson().extractingPath("$.short_name").isEqualTo("Limber");
        assertThat(result).bodyJson().extractingPath("$.display").isEqualTo("standalone");
        assertThat(result).bodyJson().extractingPath("$.start_url").isEqualTo("/");
        assertThat(result).bodyJson().extractingPath("$.scope").isEqualTo("/");
        assertThat(result).bodyJson().extractingPath("$.theme_color").isEqualTo("#0f766e");
        assertThat(result).bodyJson().extractingPath("$.shortcuts[*].url").asArray()
                .containsExactly("/today", "/routines");
        assertThat(result).bodyJson().extractingPath("$.shortcuts[1].name").isEqualTo("My routines");
        assertThat(result).bodyJson().extractingPath("$.icons[?(@.purpose == 'maskable')].sizes").asArray()
                .containsExactly("192x192", "512x512");
    }

    @Test
    void every_icon_the_manifest_names_is_served() throws Exception {
        for (String icon : List.of("/icons/limber.svg", "/icons/limber-192.png", "/icons/limber-512.png",
                "/icons/limber-maskable-192.png", "/icons/limber-maskable-512.png")) {
            assertThat(mvc.get().uri(icon).exchange()).as(icon).hasStatus(HttpStatus.OK);
        }
    }

    @Test
    void the_worker_is_served_uncached_at_the_root_with_its_version_first() throws Exception {
        MvcTestResult result = mvc.get().uri("/sw.js").exchange();

        assertThat(result).hasStatus(HttpStatus.OK).hasContentType("text/javascript;charset=UTF-8")
                .hasHeader("Cache-Control", "no-cache");
        assertThat(body(result)).matches("(?s)const VERSION = \"[0-9a-f]{12}\";\nconst SHELL = \\[.*")
                .contains("caches.open(CACHE)")
                // The reminders' notification buttons come in by their hashed name, as the shell stores them.
                .containsPattern("importScripts\\(\"/js/sw-reminders-[0-9a-f]{32}\\.js\"\\);");
        assertThat(shell()).anyMatch(url -> url.matches("/js/sw-reminders-[0-9a-f]{32}\\.js"));
    }

    @Test
    void the_shell_holds_every_asset_the_kept_pages_link_under_the_address_they_link() throws Exception {
        List<String> shell = shell();
        assertThat(shell).contains("/", "/stretches", "/guide", "/safety", "/offline", "/stretches/cat-cow",
                "/manifest.webmanifest", "/icons/limber-192.png");

        for (String page : List.of("/", "/stretches", "/stretches/cat-cow", "/offline")) {
            String html = body(mvc.get().uri(page).exchange());
            Matcher assets = ASSET.matcher(html);
            int found = 0;
            while (assets.find()) {
                assertThat(shell).as(page + " links " + assets.group(1)).contains(assets.group(1));
                found++;
            }
            assertThat(found).as(page + " links assets").isPositive();
        }
    }

    @Test
    void the_offline_page_is_in_the_layout_sets_no_cookie_and_lists_the_pages_always_kept() throws Exception {
        MvcTestResult result = mvc.get().uri("/offline").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        String html = body(result);
        assertThat(html).contains("<h1>Not available offline</h1>", "class=\"site-header\"",
                "href=\"/stretches\"", "href=\"/guide\"", "href=\"/safety\"")
                .containsPattern("src=\"/js/offline-[0-9a-f]{32}\\.js\"");
    }

    @Test
    void the_layout_links_the_manifest_and_the_registration_script() throws Exception {
        String html = body(mvc.get().uri("/guide").exchange());

        assertThat(html).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">",
                "<meta name=\"theme-color\" content=\"#0f766e\">", "data-sw=\"/sw.js\"",
                "data-msg-updated=\"Limber was updated.\"")
                .containsPattern("<script src=\"/js/pwa-[0-9a-f]{32}\\.js\"")
                .containsPattern("data-outbox=\"/js/outbox-[0-9a-f]{32}\\.js\"");
    }

    @Test
    void the_policy_allows_the_worker_and_the_manifest_from_this_origin_only() throws Exception {
        String csp = mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy");

        assertThat(csp).contains("worker-src 'self'", "manifest-src 'self'", "script-src 'self'")
                .doesNotContain("unsafe-inline", "blob:");
    }
}
