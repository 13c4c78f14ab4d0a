package app.limber.catalog;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The content invariants on the test database: in-memory H2 by default, or the PostgreSQL server CI's second leg
 * points the suite at (so the test database is the configured one, not replaced by a fresh embedded one).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CatalogContentTest extends CatalogInvariants {
}
