package app.limber.system.look;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;

/**
 * How this browser wants the site to look: its colours (light, dark, or as the device says) and its text size.
 * Kept in one small cookie that the page script also reads and writes ({@code static/js/look.js}), so it is not
 * HttpOnly; it holds nothing but these two words. Only known values are ever read or rendered: anything else in
 * the cookie counts as the default.
 *
 * @param theme {@code system} (follow {@code prefers-color-scheme}), {@code light} or {@code dark}
 * @param text  {@code normal}, {@code large} or {@code larger}
 */
public record Look(String theme, String text) {

    public static final String COOKIE = "limber_look";
    /** Browsers cap cookie lifetimes at about 400 days. */
    public static final Duration MAX_AGE = Duration.ofDays(400);
    public static final List<String> THEMES = List.of("system", "light", "dark");
    public static final List<String> TEXT_SIZES = List.of("normal", "large", "larger");
    public static final Look DEFAULT = new Look("system", "normal");

    /** The request attribute (and so the template variable) holding the request's look. */
    public static final String ATTRIBUTE = "look";

    public Look {
        if (!THEMES.contains(theme) || !TEXT_SIZES.contains(text)) {
            throw new IllegalArgumentException("Not a look: " + theme + "." + text);
        }
    }

    /** The look this request asks for: its cookie read once and kept on the request. */
    public static Look of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Look look) {
            return look;
        }
        Look look = fromCookie(request.getCookies());
        request.setAttribute(ATTRIBUTE, look);
        return look;
    }

    static Look fromCookie(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return DEFAULT;
    }

    /** "dark.large" and the like; an unknown word keeps that half's default. */
    static Look parse(String value) {
        if (value == null || value.length() > 20) {
            return DEFAULT;
        }
        String[] parts = value.split("\\.", -1);
        String theme = parts.length == 2 && THEMES.contains(parts[0]) ? parts[0] : DEFAULT.theme;
        String text = parts.length == 2 && TEXT_SIZES.contains(parts[1]) ? parts[1] : DEFAULT.text;
        return new Look(theme, text);
    }

    /** The cookie's value, and the page cache's key for the look. */
    public String value() {
        return theme + "." + text;
    }

    /** For {@code data-theme} on {@code <html>}: none when the device decides, so the stylesheet's media query does. */
    public String themeAttribute() {
        return "system".equals(theme) ? null : theme;
    }

    /**
     * The media the dark palette (css/dark.css) applies to: the device's setting when no choice was made, every
     * screen when dark was chosen, nothing when light was. look.js keeps the same three when the choice changes.
     */
    public String darkPaletteMedia() {
        return switch (theme) {
            case "dark" -> "screen";
            case "light" -> "not all";
            default -> "screen and (prefers-color-scheme: dark)";
        };
    }

    /** For {@code data-text} on {@code <html>}: none at the normal size. */
    public String textAttribute() {
        return "normal".equals(text) ? null : text;
    }
}
