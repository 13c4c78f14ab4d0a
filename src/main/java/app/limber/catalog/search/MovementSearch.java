package app.limber.catalog.search;

import app.limber.catalog.Movement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds movements by name, other names, muscles, areas and text, tolerant of small slips, best match first
 * ({@link Tier}). Plain Java: every movement's words are normalised once, when the search is made, so a query only
 * compares a few words against short word lists (the catalog has some 45 movements).
 */
public final class MovementSearch {

    /** One movement's searchable words, normalised once. */
    private record Entry(Movement movement, int order, String name, String compactName, List<Field> fields) {
    }

    /** The words of one kind of field (name, synonyms...), and the phrases as one word each for "catcow". */
    private record Field(Tier tier, Set<String> words, Set<String> compacts) {
    }

    /** How one query word matched: in which field, and whether only as the start of a word or by a slip. */
    private record WordMatch(Tier tier, Tier field, boolean partial) {
    }

    /** A movement found, and how well it matched. */
    public record Hit(Movement movement, Tier tier) {
    }

    private static final int MIN_PREFIX = 3;

    private final Map<String, Entry> bySlug = new HashMap<>();

    public MovementSearch(List<Movement> movements, SearchTerms terms) {
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            String name = SearchText.normalise(m.name());
            List<String> names = List.of(m.name());
            List<String> synonyms = terms.movements().getOrDefault(m.slug(), List.of());
            List<String> bodyTerms = new ArrayList<>();
            m.muscles().forEach(muscle -> bodyTerms.addAll(terms.muscles().getOrDefault(muscle, List.of())));
            m.areas().forEach(area -> bodyTerms.addAll(terms.areas().getOrDefault(area, List.of())));
            List<String> text = new ArrayList<>();
            text.add(m.summary());
            text.addAll(m.steps());
            m.sources().forEach(s -> text.add(s.nameInArticle()));
            bySlug.put(m.slug(), new Entry(m, i, name, SearchText.compact(name), List.of(
                    field(Tier.NAME, names), field(Tier.SYNONYM, synonyms), field(Tier.MUSCLE_OR_AREA, bodyTerms),
                    field(Tier.TEXT, text))));
        }
    }

    private static Field field(Tier tier, List<String> phrases) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> compacts = new LinkedHashSet<>();
        for (String phrase : phrases) {
            words.addAll(SearchText.words(phrase));
            compacts.add(SearchText.compact(SearchText.normalise(phrase)));
        }
        return new Field(tier, Set.copyOf(words), Set.copyOf(compacts));
    }

    /** True when the query has no word to search for (empty, or only punctuation). */
    public static boolean blank(String query) {
        return SearchText.normalise(query).isEmpty();
    }

    /** The movements of the pool that match the query, best first, then in the pool's catalog order. */
    public List<Hit> search(String query, Collection<Movement> pool) {
        String normal = SearchText.normalise(query);
        List<String> words = SearchText.queryWords(query);
        if (words.isEmpty()) {
            return List.of();
        }
        record Ranked(Hit hit, int fields, int partials, int order) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Movement m : pool) {
            Entry entry = bySlug.get(m.slug());
            if (entry == null) {
                continue;
            }
            if (normal.equals(entry.name()) || SearchText.compact(normal).equals(entry.compactName())) {
                ranked.add(new Ranked(new Hit(m, Tier.EXACT_NAME), 0, 0, entry.order()));
                continue;
            }
            Tier worst = Tier.EXACT_NAME;
            int fields = 0;
            int partials = 0;
            boolean all = true;
            for (String word : words) {
                WordMatch match = match(entry, word);
                if (match == null) {
                    all = false;
                    break;
                }
                worst = match.tier().compareTo(worst) > 0 ? match.tier() : worst;
                fields += match.field().ordinal();
                partials += match.partial() ? 1 : 0;
            }
            if (all) {
                ranked.add(new Ranked(new Hit(m, worst), fields, partials, entry.order()));
            } else if (compactSlip(entry, SearchText.compact(normal))) {
                // "childpose", "catcows": the whole query as one word, a slip away from the name or a synonym.
                ranked.add(new Ranked(new Hit(m, Tier.FUZZY), 0, 1, entry.order()));
            }
        }
        return ranked.stream()
                .sorted(Comparator.comparing((Ranked r) -> r.hit().tier()).thenComparingInt(Ranked::fields)
                        .thenComparingInt(Ranked::partials).thenComparingInt(Ranked::order))
                .map(Ranked::hit).toList();
    }

    /** The best match of one query word: whole words before starts of words, the name before the rest, slips last. */
    private static WordMatch match(Entry entry, String word) {
        String stem = SearchText.stem(word);
        WordMatch partial = null;
        for (Field field : entry.fields()) {
            for (String candidate : field.words()) {
                if (candidate.equals(word) || SearchText.stem(candidate).equals(stem)) {
                    return new WordMatch(field.tier(), field.tier(), false);
                }
                if (partial == null && word.length() >= MIN_PREFIX && candidate.startsWith(word)) {
                    partial = new WordMatch(field.tier(), field.tier(), true);
                }
            }
            if (partial != null) {
                return partial;
            }
        }
        int allowed = EditDistance.allowedFor(word);
        if (allowed == 0) {
            return null;
        }
        for (Field field : entry.fields()) {
            if (field.tier() == Tier.TEXT) {
                continue;
            }
            for (String candidate : field.words()) {
                if (EditDistance.bounded(word, candidate, allowed) <= allowed) {
                    return new WordMatch(Tier.FUZZY, field.tier(), true);
                }
            }
        }
        return null;
    }

    private static boolean compactSlip(Entry entry, String compactQuery) {
        int allowed = EditDistance.allowedFor(compactQuery);
        if (allowed == 0) {
            return false;
        }
        for (Field field : entry.fields()) {
            if (field.tier() == Tier.NAME || field.tier() == Tier.SYNONYM) {
                for (String phrase : field.compacts()) {
                    if (EditDistance.bounded(compactQuery, phrase, allowed) <= allowed) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
