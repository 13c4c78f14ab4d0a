package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Catalog;
import app.limber.catalog.CatalogSlice;
import app.limber.catalog.Slot;
import app.limber.routine.Place;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRequest;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The player over routines of the real catalog: following one takes exactly the time the routine page promises. */
@CatalogSlice
class PlayerTimingOverCatalogTest {

    @Autowired
    Catalog catalog;

    @Test
    void the_player_takes_exactly_the_planned_time_of_every_generated_routine() {
        RoutineBuilder builder = new RoutineBuilder(catalog.movements(), catalog.sessionRules());
        int checked = 0;
        for (Slot slot : Slot.values()) {
            for (Place place : Place.values()) {
                for (int minutes = RoutineRequest.MIN_MINUTES; minutes <= RoutineRequest.MAX_MINUTES; minutes += 5) {
                    Routine routine = builder.build(new RoutineRequest(slot, minutes, Set.of(), place, Set.of(),
                            null, LocalDate.of(2026, 1, 5), 0));
                    assertThat(PlayerPlan.of(routine).seconds()).as(slot + " " + place + " " + minutes)
                            .isEqualTo(routine.seconds());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Slot.values().length * Place.values().length * 9);
    }
}
