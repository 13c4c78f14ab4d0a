package app.limber.catalog;

/**
 * Reads the catalog afresh from the stored rows, as the application does at start-up: for tests that read it after
 * changing rows of their own, or that want a row it cannot read to fail one test rather than the context.
 */
@FunctionalInterface
interface StoredCatalog {

    Catalog read();
}
