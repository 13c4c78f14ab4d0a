package app.limber.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How the catalog picks its words: English is the catalog's own language and the fallback, field by field; other
 * languages come from the translation tables (V18). Also the one place that reads the current request's language.
 */
final class Translations {

    static final String ENGLISH = "en";

    private Translations() {
    }

    /** The language of the request being served, or English outside one (start-up, plain-Java tests). */
    static String current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? ENGLISH : of(locale);
    }

    /** The catalog's name for a locale's language ("es" for es-MX). */
    static String of(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty() ? ENGLISH : locale.getLanguage();
    }

    /** The translation where there is one with words in it, otherwise the English. */
    static String or(String translated, String english) {
        return translated == null || translated.isBlank() ? english : translated;
    }

    /** A numbered English list in a language: each line its translation where there is one, else the English. */
    static List<String> lines(List<String> english, Collection<TextRow> rows, String lang) {
        List<String> lines = new ArrayList<>(english);
        for (TextRow row : rows) {
            // Numbers start at 1 (step_no, caution_no...); a row past the English list has nothing to translate.
            if (row.lang().equals(lang) && row.no() >= 1 && row.no() <= lines.size()) {
                lines.set(row.no() - 1, or(row.text(), english.get(row.no() - 1)));
            }
        }
        return lines;
    }
}
