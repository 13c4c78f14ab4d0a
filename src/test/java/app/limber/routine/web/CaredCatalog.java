package app.limber.routine.web;

import static app.limber.catalog.WithCare.withCare;
import static app.limber.catalog.WithCare.withPace;

import app.limber.catalog.Movement;
import app.limber.catalog.Pace;
import app.limber.catalog.Tempo;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.Rules;
import app.limber.routine.SmallCatalog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The small test catalog with something to take care of: every other movement (in catalog order) gets a key form
 * cue and a caution naming it, the rest none, so a page shows both kinds side by side; every movement with reps
 * is led by the breath at 6 s a rep. For the web slices of the routine pages and the player.
 */
public final class CaredCatalog {

    private CaredCatalog() {
    }

    public static List<Movement> movements() {
        List<Movement> all = SmallCatalog.movements().stream().sorted(Movement.CATALOG_ORDER).toList();
        List<Movement> cared = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Movement m = all.get(i);
            Movement paced = withPace(m, m.dosage().hasReps() ? new Pace(Tempo.BREATH_LED, 6) : null);
            cared.add(i % 2 == 0 ? withCare(paced, List.of(cue(m)), List.of(caution(m))) : paced);
        }
        return cared;
    }

    public static String cue(Movement m) {
        return "Cue for " + m.name() + ": keep your lower ribs down.";
    }

    public static String caution(Movement m) {
        return "Caution for " + m.name() + ": ease off if it pinches.";
    }

    /** The routine builder over this catalog, as a slice's bean. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Builder {

        @Bean
        RoutineBuilder routineBuilder() {
            return Rules.builder(movements());
        }
    }
}
