package app.limber.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * The real catalog, read from the Flyway-seeded test database, in a JPA slice (no web layer, no security): for
 * rules checked over the actual content. The seed is SQL turned into movements by the catalog's JPA mapping, so a
 * second, test-only reader of it could drift; this is the cheapest way to the real thing. Every class with this
 * annotation shares one context (the catalog bean is made on first use: see {@link CatalogSliceConfig}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogSliceConfig.class)
public @interface CatalogSlice {
}
