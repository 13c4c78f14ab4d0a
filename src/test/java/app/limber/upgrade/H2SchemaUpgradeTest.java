package app.limber.upgrade;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schema upgrade on H2, in a database of its own. */
class H2SchemaUpgradeTest extends SchemaUpgradeTest {

    static final String URL = "jdbc:h2:mem:released-schema;DB_CLOSE_DELAY=-1";
    static ReleasedSchema released;

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        // Called while the context is built, before its Flyway runs: the database is at V4 and filled by then.
        if (released == null) {
            released = ReleasedSchema.create(URL, "sa", "");
        }
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @Override
    ReleasedSchema released() {
        return released;
    }
}
