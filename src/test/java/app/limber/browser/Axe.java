package app.limber.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the accessibility engine, loaded from the npm package that .ci/run installs (npm ci --prefix .ci/axe)
 * and run in the page under test through the driver: the script goes in by executeScript, so the site's CSP stays
 * as strict as it is. Nothing is fetched at test time. No WebJar of axe-core is served here, hence npm.
 */
final class Axe {

    /** Where .ci/run puts it; LIMBER_AXE_JS may point elsewhere. */
    static final Path SCRIPT = Path.of(System.getenv().getOrDefault("LIMBER_AXE_JS",
            ".ci/axe/node_modules/axe-core/axe.min.js"));

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no rule tagged wcag22a). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {
    }

    /** Used by {@code @EnabledIf}: Chromium and axe-core here, or CI requires them (and fails loudly without). */
    static boolean available() {
        return Chromium.available()
                && ("true".equals(System.getenv("LIMBER_REQUIRE_BROWSER")) || Files.isReadable(SCRIPT));
    }

    static String source() {
        try {
            return Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run `npm ci --prefix .ci/axe` (" + SCRIPT + ")", e);
        }
    }

    /** One rule broken on one page: the rule, its impact, the elements (CSS selectors) and axe's summary. */
    record Violation(String page, String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + "\n      at " + String.join("\n      at ", targets);
        }
    }

    /** Injects axe into the current page (once per page load) and returns what it finds against {@link #TAGS}. */
    static List<Violation> check(JavascriptExecutor page, String source, String name) {
        return run(page, source, name, "tag", TAGS);
    }

    /** The same with only these rules (each of them in {@link #TAGS}). */
    static List<Violation> check(JavascriptExecutor page, String source, String name, List<String> rules) {
        return run(page, source, name, "rule", rules);
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> run(JavascriptExecutor page, String source, String name, String type,
                                       List<String> values) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(source);
        }
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: arguments[0], values: arguments[1]}, resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                        targets: v.nodes.map(n => n.target.join(' >>> ') + '  [' + (n.failureSummary || '')
                            .replace(/\\s+/g, ' ').slice(0, 200) + ']')}))),
                          e => done('axe failed: ' + e));""", type, values);
        if (result instanceof String failure) {
            throw new IllegalStateException(name + ": " + failure);
        }
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation(name, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .toList();
    }
}
