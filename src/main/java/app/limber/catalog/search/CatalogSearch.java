package app.limber.catalog.search;

import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalog's search box: a {@link MovementSearch} over the catalog and the search terms of the messages, one per
 * language the catalog has words in, made once at start-up (the catalog and the bundles only change with a
 * release). A query is matched against the names, terms and text of the page's language, so a Spanish query finds
 * the Spanish names; the terms come from that language's bundle (the English one where it has no entry).
 */
@Component
public class CatalogSearch {

    private final Map<String, MovementSearch> searches = new HashMap<>();
    private final MovementSearch english;

    CatalogSearch(Catalog catalog, MessageSource messages) {
        for (String language : catalog.languages()) {
            Locale locale = Locale.forLanguageTag(language);
            List<Movement> movements = catalog.movements(locale);
            searches.put(language, new MovementSearch(movements, SearchTerms.from(messages, locale, movements)));
        }
        this.english = searches.get(Locale.ENGLISH.getLanguage());
    }

    /** The movements of the pool matching the query in the locale's language, best first. */
    public List<MovementSearch.Hit> search(String query, Collection<Movement> pool, Locale locale) {
        return searches.getOrDefault(locale == null ? "" : locale.getLanguage(), english).search(query, pool);
    }

    /** The same in English. */
    public List<MovementSearch.Hit> search(String query, Collection<Movement> pool) {
        return english.search(query, pool);
    }
}
