package app.limber.catalog;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The content invariants on the default embedded database (H2, in memory for tests). */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogContentTest extends CatalogInvariants {
}
