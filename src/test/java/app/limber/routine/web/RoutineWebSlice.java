package app.limber.routine.web;

import app.limber.catalog.DosageText;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineEdits;
import app.limber.routine.SmallCatalog;
import app.limber.routine.saved.RecordingSavedRoutines;
import app.limber.system.WebSlice;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The one web slice of the routine pages, the JSON API and the saved routines, over the small test catalog: every
 * slice test of this package declares the same, so they share one Spring context instead of starting one each (a
 * context costs seconds of the suite). The saved routines are a recording fake with the real edit rules.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebSlice({RoutineController.class, RoutineApiController.class, SavedRoutineController.class,
        MyRoutinesController.class, SavedRoutineApiController.class, WeekPlanApiController.class})
@Import({SmallCatalog.Builder.class, RoutineWebSlice.Fakes.class, RoutineText.class, RoutineJsonFactory.class,
        DosageText.class})
@interface RoutineWebSlice {

    /** The saved routines without a database, and the edit rules they check with. */
    @TestConfiguration(proxyBeanMethods = false)
    class Fakes {

        @Bean
        RoutineEdits routineEdits(RoutineBuilder builder) {
            return new RoutineEdits(builder);
        }

        @Bean
        RecordingSavedRoutines savedRoutines(RoutineBuilder builder) {
            return new RecordingSavedRoutines(builder);
        }
    }
}
