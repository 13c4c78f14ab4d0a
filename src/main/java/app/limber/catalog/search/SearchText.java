package app.limber.catalog.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How search compares words: case, accents and apostrophes do not count ("Child's", "childs" and "Chílds" are one
 * word), hyphens and other punctuation separate words ("cat-cow" is "cat cow"), and a trailing plural "s" does not
 * count ("lats" is "lat", "rhomboid" is "rhomboids").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * Small words that say nothing about a movement ("stretch for the neck" asks about the neck), English and
     * Spanish ("estiramiento para el cuello"): none of them is a word of the other language's names.
     */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "for", "and", "to", "with", "my",
            "your", "on", "in", "at",
            "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "para", "por", "y", "con",
            "mi", "mis", "tu", "tus", "en", "sobre");

    private SearchText() {
    }

    /** Lower case, no accents, no apostrophes, words separated by one space. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }

    /** The words of a text, normalised. */
    public static List<String> words(String text) {
        String normal = normalise(text);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /** The words a query asks for: without filler words, unless it is all filler. */
    static List<String> queryWords(String text) {
        List<String> words = words(text);
        List<String> meaningful = words.stream().filter(w -> !FILLER.contains(w)).toList();
        return meaningful.isEmpty() ? words : meaningful;
    }

    /** The text with no spaces at all ("cat cow" and "catcow" become one). */
    static String compact(String normalised) {
        return normalised.replace(" ", "");
    }

    /** A word without a trailing plural "s" (only on words long enough for it to be a plural). */
    static String stem(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1) : word;
    }
}
