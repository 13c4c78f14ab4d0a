package app.limber.catalog.search;

import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalog's search box: a {@link MovementSearch} over the catalog and the search terms of the messages, made
 * once at start-up (the catalog and the bundles only change with a release).
 */
@Component
public class CatalogSearch {

    /** The bundles are written in English and carry no other language yet. */
    private static final Locale TERMS_LOCALE = Locale.ENGLISH;

    private final MovementSearch search;

    CatalogSearch(Catalog catalog, MessageSource messages) {
        this.search = new MovementSearch(catalog.movements(),
                SearchTerms.from(messages, TERMS_LOCALE, catalog.movements()));
    }

    /** The movements of the pool matching the query, best first. */
    public List<MovementSearch.Hit> search(String query, Collection<Movement> pool) {
        return search.search(query, pool);
    }
}
