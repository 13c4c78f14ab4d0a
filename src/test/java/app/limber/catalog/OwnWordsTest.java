package app.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Limber shows the articles' facts in its own words. Every sentence a person reads in the catalog (a movement's
 * summary, where to feel it, steps, cautions, cues, where the sources differ, and what each source says) and in
 * the guidance (title, body, points) is compared with every sentence of the five articles in
 * {@code ../shared/seeds/}, and fails when it shares 80% or more of its words, in order, with one of them:
 * the longest common subsequence of words, divided by the number of words of Limber's sentence.
 *
 * <p>Exactly how, so that a failure can be reproduced by hand:
 * <ul>
 *   <li><b>Sentences.</b> Text is split at line breaks and after {@code . ! ?} followed by white space. In the
 *       articles, list markers at the start of a line ({@code -}, {@code +}, {@code •}, {@code 1.}, {@code a)})
 *       are dropped first.</li>
 *   <li><b>Words.</b> Lower case; curly quotes and dashes become plain ones; apostrophes are dropped
 *       ({@code child's} is {@code childs}); a word is a run of letters and digits, so hyphens split words.</li>
 *   <li><b>Figures excepted.</b> Numbers are the articles' facts, carried exactly on purpose: every word holding
 *       a digit ({@code 30}, {@code 10-15} gives {@code 10} and {@code 15}) and every number word
 *       ({@link #NUMBER_WORDS}) is left out on both sides.</li>
 *   <li><b>Names excepted.</b> Names are not wording: every movement's name, every article's own name for a
 *       movement, every article title and publisher, and the short forms by which Limber cites the articles
 *       ({@link #SHORT_TITLES}) are cut out of Limber's sentence (whole phrase, any case) before its words are
 *       counted. Movement names themselves are not checked.</li>
 *   <li><b>Too short to judge.</b> A sentence left with fewer than {@value #MIN_WORDS} words ("Stand tall.")
 *       carries no one's wording and is not judged.</li>
 * </ul>
 * The articles are read from {@code ../shared/seeds/} next to the project (CI has them at the same place);
 * the test fails loudly, naming the places it looked, when they are missing.
 */
@CatalogSlice
class OwnWordsTest {

    /** Shares this much of its words, in order, with an article sentence: not our own words. */
    static final double LIMIT = 0.8;
    static final int MIN_WORDS = 3;

    static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred");

    /** How the catalog cites articles in running text, beside their full titles. */
    static final List<String> SHORT_TITLES = List.of("13 Upper Back Stretches", "What Stretches Upper Back?",
            "Finding Relief", "StretchMed", "Massage Rx");

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-+•]|\\d+[.)]|[a-z]\\))\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    /** One sentence of an article, with its words. */
    record ArticleSentence(String file, String text, List<String> words) {
    }

    /** One sentence Limber shows, where it is stored, and its words once figures and names are left out. */
    record OurSentence(String where, String text, List<String> words) {
    }

    /** A sentence of ours too close to an article's. */
    record Offence(OurSentence ours, ArticleSentence theirs, double share) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s [%.0f%%] \"%s\"%n      %s: \"%s\"", ours.where(), share * 100,
                    ours.text(), theirs.file(), theirs.text());
        }
    }

    private static Path seeds;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void findTheArticles() {
        seeds = Seeds.directory();
    }

    @Test
    void every_sentence_people_read_is_in_limbers_own_words() {
        List<ArticleSentence> articles = articleSentences();
        List<OurSentence> ours = ourSentences();
        List<Offence> offences = offences(ours, articles);
        System.out.printf(Locale.ROOT, "Own words: %d of %d sentences share %.0f%% or more of their words with an"
                + " article sentence%n", offences.size(), ours.size(), LIMIT * 100);
        assertThat(ours).as("the catalog's and guidance's sentences").hasSizeGreaterThan(400);
        assertThat(offences).as("sentences sharing %.0f%% or more of their words, in order, with an article's"
                + " (reword them in a new migration)", LIMIT * 100)
                .extracting(Offence::toString).isEmpty();
    }

    @Test
    void the_measure_catches_a_copied_sentence_and_lets_a_reworded_one_pass() {
        List<ArticleSentence> articles = articleSentences();
        Set<String> names = Set.of("Seated Upper Back Stretch");
        OurSentence copied = sentence("copied", "Interlace your fingers and stretch your arms straight out in front"
                + " at shoulder height.", names);
        OurSentence reworded = sentence("reworded", "Lace your fingers together and reach both arms forward, level"
                + " with your shoulders.", names);
        OurSentence figure = sentence("figure", "Hold for 30 seconds.", names);
        assertThat(offences(List.of(copied, reworded), articles)).extracting(o -> o.ours().where())
                .containsExactly("copied");
        assertThat(figure.words()).as("figures are left out").containsExactly("hold", "for", "seconds");
        assertThat(sentence("name", "Seated Upper Back Stretch, 20-30 seconds.", names).words())
                .as("names and figures are left out").containsExactly("seconds");
    }

    // ------------------------------------------------------------------ the articles

    private List<ArticleSentence> articleSentences() {
        List<String> files = jdbc.queryForList("select seed_file from article order by id", String.class);
        assertThat(files).as("the five source articles").hasSize(5);
        List<ArticleSentence> sentences = new ArrayList<>();
        for (String file : files) {
            Path path = seeds.resolve(file);
            assertThat(path).as("article %s in %s", file, seeds).isRegularFile();
            for (String line : read(path).split("\\R")) {
                String item = LIST_MARKER.matcher(normalise(line)).replaceFirst("");
                for (String text : SENTENCE_END.split(item.strip())) {
                    List<String> words = words(text);
                    if (!words.isEmpty()) {
                        sentences.add(new ArticleSentence(file, text, words));
                    }
                }
            }
        }
        return sentences;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ what people read

    private List<OurSentence> ourSentences() {
        Set<String> names = new LinkedHashSet<>(SHORT_TITLES);
        names.addAll(jdbc.queryForList("select name from movement", String.class));
        names.addAll(jdbc.queryForList("select name_in_article from movement_source", String.class));
        names.addAll(jdbc.queryForList("select title from article", String.class));
        names.addAll(jdbc.queryForList("select publisher from article where publisher is not null", String.class));

        List<OurSentence> sentences = new ArrayList<>();
        collect(sentences, names, "select slug, summary from movement", "summary");
        collect(sentences, names, "select slug, feel_it from movement", "feel it");
        collect(sentences, names, "select slug, sources_differ from movement where sources_differ is not null",
                "sources differ");
        collect(sentences, names, "select m.slug || ' #' || s.step_no, s.instruction from movement_step s"
                + " join movement m on m.id = s.movement_id", "step");
        collect(sentences, names, "select m.slug || ' #' || c.caution_no, c.caution from movement_caution c"
                + " join movement m on m.id = c.movement_id", "caution");
        collect(sentences, names, "select m.slug || ' #' || c.cue_no, c.cue from movement_cue c"
                + " join movement m on m.id = c.movement_id", "cue");
        collect(sentences, names, "select m.slug || ' @' || a.code, s.figures from movement_source s"
                + " join movement m on m.id = s.movement_id join article a on a.id = s.article_id", "figures");
        collect(sentences, names, "select slug, title from guidance", "guidance title");
        collect(sentences, names, "select slug, body from guidance", "guidance body");
        collect(sentences, names, "select g.slug || ' #' || p.point_no, p.point from guidance_point p"
                + " join guidance g on g.id = p.guidance_id", "guidance point");
        return sentences;
    }

    private void collect(List<OurSentence> into, Set<String> names, String query, String what) {
        jdbc.query(query, rs -> {
            String where = what + " " + rs.getString(1);
            for (String line : rs.getString(2).split("\\R")) {
                for (String text : SENTENCE_END.split(line.strip())) {
                    OurSentence sentence = sentence(where, text, names);
                    if (sentence.words().size() >= MIN_WORDS) {
                        into.add(sentence);
                    }
                }
            }
        });
    }

    /** Our sentence with the names cut out (longest first, so a title goes before a name inside it). */
    static OurSentence sentence(String where, String text, Set<String> names) {
        String rest = normalise(text);
        for (String name : names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            rest = Pattern.compile(Pattern.quote(normalise(name)), Pattern.CASE_INSENSITIVE).matcher(rest)
                    .replaceAll(" ");
        }
        return new OurSentence(where, text, words(rest));
    }

    // ------------------------------------------------------------------ the measure

    static List<Offence> offences(List<OurSentence> ours, List<ArticleSentence> articles) {
        List<Offence> offences = new ArrayList<>();
        for (OurSentence sentence : ours) {
            Offence worst = null;
            for (ArticleSentence theirs : articles) {
                double share = (double) commonInOrder(sentence.words(), theirs.words()) / sentence.words().size();
                if (share >= LIMIT && (worst == null || share > worst.share())) {
                    worst = new Offence(sentence, theirs, share);
                }
            }
            if (worst != null) {
                offences.add(worst);
            }
        }
        return offences;
    }

    /** Length of the longest common subsequence of two word lists. */
    static int commonInOrder(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        for (String word : a) {
            int[] current = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                current[j + 1] = word.equals(b.get(j)) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
            }
            previous = current;
        }
        return previous[b.size()];
    }

    static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace("\u2014", " - ");
    }

    /** The words of a text, figures left out. */
    static List<String> words(String text) {
        Matcher m = WORD.matcher(normalise(text).toLowerCase(Locale.ROOT).replace("'", ""));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            String word = m.group();
            if (word.chars().noneMatch(Character::isDigit) && !NUMBER_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Where the five articles are: {@code ../shared/seeds} next to the project. */
    static final class Seeds {

        private Seeds() {
        }

        /**
         * From the project root (the nearest folder up from the working directory with a {@code pom.xml}): its
         * sibling {@code shared/seeds}, else {@code shared/seeds} in a folder further up (a git worktree nested one
         * level deeper than the main checkout). The system property {@code limber.seeds} overrides both.
         */
        static Path directory() {
            List<Path> tried = new ArrayList<>();
            String property = System.getProperty("limber.seeds");
            if (property != null && !property.isBlank()) {
                Path dir = Path.of(property).toAbsolutePath().normalize();
                if (!Files.isDirectory(dir)) {
                    throw new IllegalStateException("-Dlimber.seeds names " + dir + ", which is not a folder");
                }
                return dir;
            }
            Path root = Path.of("").toAbsolutePath();
            while (root != null && !Files.isRegularFile(root.resolve("pom.xml"))) {
                root = root.getParent();
            }
            if (root == null) {
                throw new IllegalStateException("No pom.xml above " + Path.of("").toAbsolutePath()
                        + ": cannot find the project root, so not the articles in ../shared/seeds either");
            }
            for (Path up = root.getParent(); up != null; up = up.getParent()) {
                Path candidate = up.resolve("shared").resolve("seeds");
                tried.add(candidate);
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("The five source articles were not found. Looked in "
                    + tried.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ". Put them in ../shared/seeds next to the project (as CI does), or pass -Dlimber.seeds=DIR.");
        }
    }
}
