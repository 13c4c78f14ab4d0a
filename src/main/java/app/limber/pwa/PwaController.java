package app.limber.pwa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The two files that make Limber an installable app that works offline: the web app manifest, whose words come
 * from the message bundles, and the service worker, which is {@code pwa/sw.js} headed by the app's version and its
 * shell (see {@link AppShell}). Any release that changes a page changes those first lines, so the browser, which
 * compares the worker byte for byte when it checks for updates, installs the new one.
 */
@Controller
class PwaController {

    static final String MANIFEST = "/manifest.webmanifest";
    static final MediaType MANIFEST_TYPE = MediaType.valueOf("application/manifest+json");
    /** The site's accent (limber.css {@code --accent}), for the title bar of the installed app. */
    static final String THEME_COLOUR = "#0f766e";
    static final String BACKGROUND = "#fbfaf7";

    private final AppShell shell;
    private final MessageSource messages;
    private final String workerCode;

    PwaController(AppShell shell, MessageSource messages) {
        this.shell = shell;
        this.messages = messages;
        try (InputStream in = new ClassPathResource("pwa/sw.js").getInputStream()) {
            this.workerCode = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(MANIFEST)
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "/");
        manifest.put("name", text("pwa.name", locale));
        manifest.put("short_name", text("pwa.shortName", locale));
        manifest.put("description", text("pwa.description", locale));
        manifest.put("lang", locale.toLanguageTag());
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("background_color", BACKGROUND);
        manifest.put("icons", List.of(
                icon("/icons/limber.svg", "any", "image/svg+xml", "any"),
                icon("/icons/limber-192.png", "192x192", "image/png", "any"),
                icon("/icons/limber-512.png", "512x512", "image/png", "any"),
                icon("/icons/limber-maskable-192.png", "192x192", "image/png", "maskable"),
                icon("/icons/limber-maskable-512.png", "512x512", "image/png", "maskable")));
        manifest.put("shortcuts", List.of(
                shortcut(text("pwa.shortcut.today", locale), text("pwa.shortcut.today.description", locale),
                        "/today"),
                shortcut(text("pwa.shortcut.routines", locale), text("pwa.shortcut.routines.description", locale),
                        "/routines")));
        // Revalidated on each fetch: the browser checks it for a new name or icons when it updates the app.
        // Its words are in the page's language: kept per Accept-Language and cookie (the language link's).
        return ResponseEntity.ok().contentType(MANIFEST_TYPE).cacheControl(CacheControl.noCache())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE).body(manifest);
    }

    static final String REMINDER_CLICKS = "/js/sw-reminders.js";

    @GetMapping("/sw.js")
    ResponseEntity<String> serviceWorker() {
        String head = "const VERSION = " + quote(shell.version()) + ";\nconst SHELL = ["
                + shell.urls().stream().map(PwaController::quote).collect(Collectors.joining(",\n  ", "\n  ", "\n"))
                + "];\n"
                // The workday reminders' notification buttons (reminder package); by its hashed name, so a new
                // version of that script is a new worker too, never an old copy from the HTTP cache.
                + "importScripts(" + quote(shell.versioned(REMINDER_CLICKS)) + ");\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(head + workerCode);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", type, "purpose", purpose);
    }

    private static Map<String, Object> shortcut(String name, String description, String url) {
        return Map.of("name", name, "description", description, "url", url,
                "icons", List.of(icon("/icons/limber-192.png", "192x192", "image/png", "any")));
    }

    /** A JavaScript string literal; the URLs are ours (paths, slugs, hex), but quoted safely all the same. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c > 0x7e || c == '<') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
