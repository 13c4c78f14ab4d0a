package app.limber.routine.saved;

import app.limber.system.cache.PageFreshness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page built from a saved routine is current while the row still has the version it was built from: every edit
 * raises it (JPA's version column), and a deleted routine (gone, or
 * marked deleted) has none. One indexed read instead of loading the
 * routine and rendering its page again.
 */
record SavedRoutineVersion(JdbcClient jdbc, String tokenHash, int version) implements PageFreshness.Check {

    @Override
    public boolean holds() {
        return jdbc.sql("select version from saved_routine where token_hash = ? and deleted_at is null")
                .param(tokenHash)
                .query(Integer.class).optional().map(current -> current == version).orElse(false);
    }
}
