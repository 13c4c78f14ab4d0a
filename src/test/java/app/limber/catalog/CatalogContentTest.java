package app.limber.catalog;

/**
 * The content invariants on the test database: in-memory H2 by default, or the PostgreSQL server CI's second leg
 * points the suite at (so the test database is the configured one, not replaced by a fresh embedded one).
 */
@CatalogSlice
class CatalogContentTest extends CatalogInvariants {
}
