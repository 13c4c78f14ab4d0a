package app.limber.routine;

import app.limber.catalog.Movement;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The small catalog of {@link Movements}, for tests outside this package (web slices build a RoutineBuilder on it). */
public final class SmallCatalog {

    private SmallCatalog() {
    }

    public static List<Movement> movements() {
        return Movements.catalog();
    }

    /** The routine builder over the small catalog, as a slice's bean (what RoutineConfig makes over the real one). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Builder {

        @Bean
        RoutineBuilder routineBuilder() {
            return Rules.builder(movements());
        }
    }
}
