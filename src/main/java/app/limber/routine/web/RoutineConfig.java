package app.limber.routine.web;

import app.limber.catalog.Catalog;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineEdits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java builder and edit rules, made once over the catalog (which never changes while the app runs). */
@Configuration
class RoutineConfig {

    @Bean
    RoutineBuilder routineBuilder(Catalog catalog) {
        return new RoutineBuilder(catalog.movements(), catalog.sessionRules());
    }

    @Bean
    RoutineEdits routineEdits(RoutineBuilder builder) {
        return new RoutineEdits(builder);
    }
}
