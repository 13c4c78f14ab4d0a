package app.limber.upgrade;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schema upgrade on a real PostgreSQL server (embedded binaries, started for this class). */
class PostgresSchemaUpgradeTest extends SchemaUpgradeTest {

    static EmbeddedPostgres postgres;
    static ReleasedSchema released;

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) throws IOException {
        // Called while the context is built, before its Flyway runs: the database is at V4 and filled by then.
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
            released = ReleasedSchema.create(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Override
    ReleasedSchema released() {
        return released;
    }
}
