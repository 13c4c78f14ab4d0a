package app.limber.system.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages Limber is written in, and the one a request gets: the visitor's own choice (the {@code limber_lang}
 * cookie, set by the header's language links), else the first language of the browser's {@code Accept-Language}
 * that Limber speaks, else English. Nothing else ever reaches a page: an unsupported language in either place
 * counts as unsaid, so {@code <html lang>}, the formats of dates and numbers and the player's voice always match
 * the words on the page.
 *
 * <p>English is the base bundle ({@code messages/*.properties}); every other language has its own files
 * ({@code messages/*_es.properties}). Adding one: a constant here, its bundle files and its name in each bundle
 * (docs/languages.md).
 */
public enum Language {

    ENGLISH("en"), SPANISH("es");

    public static final Language DEFAULT = ENGLISH;
    public static final String COOKIE = "limber_lang";
    public static final Duration MAX_AGE = Duration.ofDays(365);
    /** The request attribute holding the request's locale (its language and, for paper sizes, its country). */
    static final String ATTRIBUTE = Language.class.getName();
    /** Far above any real header (a browser sends a few ranges); a longer one is not read at all. */
    static final int MAX_HEADER = 512;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The two-letter code: the cookie's value, the {@code lang} attribute, the {@code lang} parameter. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static List<Language> all() {
        return List.of(values());
    }

    /** The language with this tag, exactly as Limber writes it ("es", not "ES" or "es-MX"). */
    public static Optional<Language> byTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The request's locale: its language ({@link #of(String, String)}) with the country of the browser's first
     * language range when that names a real one (en-US, es-MX), which only decides the default paper size and
     * the regional shape of a date. Worked out once and kept on the request.
     */
    public static Locale localeOf(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale locale) {
            return locale;
        }
        String header = request.getHeader("Accept-Language");
        Language language = of(cookie(request.getCookies()), header);
        String country = country(header);
        Locale locale = country == null ? language.locale() : new Locale.Builder().setLanguage(language.tag).setRegion(country).build();
        request.setAttribute(ATTRIBUTE, locale);
        return locale;
    }

    /** The request's language. */
    public static Language of(HttpServletRequest request) {
        return byTag(localeOf(request).getLanguage()).orElse(DEFAULT);
    }

    /** The chosen language (the cookie's value) if it is one of ours, else the browser's best, else English. */
    static Language of(String chosen, String acceptLanguage) {
        return byTag(chosen).or(() -> fromHeader(acceptLanguage)).orElse(DEFAULT);
    }

    /**
     * The supported language the browser prefers most, by the q-values of RFC 9110: ranges in order of weight
     * (equal weights in the order given), a range matching its primary language ("es-MX" asks for Spanish), a
     * weight of 0 meaning "not this one", "*" matching nothing in particular (so the default).
     */
    static Optional<Language> fromHeader(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // parse sorts by weight, keeping the header's order among equal weights, and leaves out q=0 ranges.
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            Optional<Language> language = byTag(primary(range.getRange()));
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    /** The country of the first (heaviest) range, when it names one ISO 3166 knows. */
    static String country(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            if (ranges.isEmpty()) {
                return null;
            }
            String[] parts = ranges.get(0).getRange().split("-");
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].toUpperCase(Locale.ROOT);
                if (part.length() == 2 && COUNTRIES.contains(part)) {
                    return part;
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String primary(String range) {
        int dash = range.indexOf('-');
        return (dash < 0 ? range : range.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String cookie(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
