package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.system.language.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle (messages/common.properties and the rest, English) has a file for each other language
 * ({@link Language}: messages/common_es.properties), and the two say the same things: the same keys, the same
 * {0}-style arguments, and a translated value, not the English one left in place. A key missing in a language
 * would show English in the middle of that language's page.
 */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Words that are the same in every language: abbreviations, units and names. A value left as the English passes
     * only when each of its words (outside {0}-style arguments) is one of these or one of its language's own below.
     * Keep this short; anything else the same as the English is an English leftover.
     */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("PDF", "OK", "A4", "CSV", "Limber", "min", "s");

    /** Words a language spells as English does, checked by a speaker ("Total" and "Normal" are Spanish too). */
    static final Map<String, Set<String>> SAME_AS_ENGLISH_IN = Map.of("es", Set.of("Total", "Normal"));
    /**
     * Keys whose value may be the same: each language's own name, written in itself in every bundle, and
     * java.time date patterns (letters there are pattern symbols, not words; a language may share the shape).
     */
    static final Pattern SAME_KEYS = Pattern.compile("language\\.name\\..+|.*(^|\\.)format(\\.|$).*");

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_")).sorted().toList();
            assertThat(names).as("the base bundles under " + MESSAGES).contains("common.properties", "catalog.properties");
            return names;
        }
    }

    static List<String[]> pairs() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (String base : bundles()) {
            for (Language language : Language.values()) {
                if (language != Language.DEFAULT) {
                    pairs.add(new String[] {base, base.replace(".properties", "_" + language.tag() + ".properties")});
                }
            }
        }
        return pairs;
    }

    static Stream<String> pairNames() throws IOException {
        return pairs().stream().map(p -> p[0] + " -> " + p[1]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairNames")
    void each_language_has_every_key_of_the_base_bundle_and_no_other(String pair) throws IOException {
        Properties base = load(pair.split(" -> ")[0]);
        Properties translated = load(pair.split(" -> ")[1]);
        Set<String> missing = new TreeSet<>(base.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(base.stringPropertyNames());
        assertThat(missing).as("keys in the base bundle missing in " + pair).isEmpty();
        assertThat(extra).as("keys in the translation but not in the base bundle (renamed or removed?) " + pair)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairNames")
    void each_translation_takes_the_same_arguments(String pair) throws IOException {
        Properties base = load(pair.split(" -> ")[0]);
        Properties translated = load(pair.split(" -> ")[1]);
        List<String> mismatched = new ArrayList<>();
        for (String key : new TreeSet<>(base.stringPropertyNames())) {
            String value = translated.getProperty(key);
            if (value != null && !arguments(base.getProperty(key)).equals(arguments(value))) {
                mismatched.add(key + ": " + arguments(base.getProperty(key)) + " vs " + arguments(value));
            }
        }
        assertThat(mismatched).as("{n} arguments that differ from the English in " + pair).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairNames")
    void each_translation_is_translated_not_the_english_left_in_place(String pair) throws IOException {
        Properties base = load(pair.split(" -> ")[0]);
        Properties translated = load(pair.split(" -> ")[1]);
        List<String> same = new ArrayList<>();
        for (String key : new TreeSet<>(base.stringPropertyNames())) {
            String english = base.getProperty(key);
            if (english.equals(translated.getProperty(key)) && !onlyWordsSharedWithEnglish(english, language(pair))
                    && !SAME_KEYS.matcher(key).matches()) {
                same.add(key + "=" + english);
            }
        }
        assertThat(same).as("values identical to the English in " + pair).isEmpty();
    }

    /** The history CSV's header is split by commas: every language names the same number of columns. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pairNames")
    void the_csv_header_has_as_many_columns_in_every_language(String pair) throws IOException {
        if (!pair.startsWith("follow.properties")) {
            return;
        }
        String english = load("follow.properties").getProperty("history.csv.header");
        String translated = load(pair.split(" -> ")[1]).getProperty("history.csv.header", english);
        assertThat(translated.split(",", -1)).hasSameSizeAs(english.split(",", -1));
    }

    /** Whether every word of the value, outside its arguments, may be spelt the same in this language. */
    static boolean onlyWordsSharedWithEnglish(String value, String language) {
        Set<String> own = SAME_AS_ENGLISH_IN.getOrDefault(language, Set.of());
        return WORD.matcher(ARGUMENT.matcher(value).replaceAll(" ")).results().map(MatchResult::group)
                .allMatch(word -> SAME_IN_EVERY_LANGUAGE.contains(word) || own.contains(word));
    }

    /** The language of a pair's translation: "common.properties -> common_es.properties" gives "es". */
    static String language(String pair) {
        String file = pair.split(" -> ")[1];
        return file.substring(file.lastIndexOf('_') + 1, file.indexOf('.'));
    }

    static Set<String> arguments(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Properties load(String file) throws IOException {
        Path path = MESSAGES.resolve(file);
        assertThat(path).as("the bundle " + file).exists();
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
