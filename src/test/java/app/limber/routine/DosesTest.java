package app.limber.routine;

import static app.limber.routine.Movements.movement;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DosesTest {

    static final SlotRules MORNING = Rules.slot(Slot.MORNING);
    static final SlotRules EVENING = Rules.slot(Slot.EVENING);

    @Nested
    class Starting_dose {

        @Test
        void starts_at_the_low_end_of_reps_sets_and_durations() {
            Movement m = movement("m").dynamic().reps(10, 15).sets(2, 3).build();
            assertThat(Doses.base(m, MORNING)).isEqualTo(new Dose(null, 10, 2, false, null));
            Movement release = movement("r").block(Block.RELEASE).duration(120, 300).build();
            assertThat(Doses.base(release, MORNING).durationSeconds()).isEqualTo(120);
        }

        @Test
        void holds_start_in_the_middle_of_the_range_rounded_down_to_five_seconds() {
            assertThat(Doses.baseHold(new Range(10, 30), false)).isEqualTo(20);
            assertThat(Doses.baseHold(new Range(15, 20), false)).isEqualTo(15);
            assertThat(Doses.baseHold(Range.of(30), false)).isEqualTo(30);
            assertThat(Doses.baseHold(new Range(3, 5), false)).isEqualTo(3);
        }

        @Test
        void evening_holds_are_pulled_into_20_to_30_seconds_where_the_range_allows() {
            assertThat(Doses.baseHold(new Range(15, 20), true)).isEqualTo(20);
            assertThat(Doses.baseHold(new Range(30, 60), true)).isEqualTo(30);
            assertThat(Doses.baseHold(new Range(10, 30), true)).isEqualTo(20);
            assertThat(Doses.baseHold(new Range(3, 5), true)).isEqualTo(3);
        }

        @Test
        void each_side_comes_from_the_catalog() {
            Movement m = movement("m").hold(30).eachSide().build();
            assertThat(Doses.base(m, MORNING).eachSide()).isTrue();
        }
    }

    @Nested
    class Growing {

        @Test
        void grows_reps_first_then_sets_and_stops_at_the_articles_maximum() {
            Movement m = movement("m").dynamic().reps(10, 11).sets(1, 2).build();
            Dose dose = Doses.base(m, MORNING);
            dose = Doses.grow(m, dose, MORNING);
            assertThat(dose).isEqualTo(new Dose(null, 11, 1, false, null));
            dose = Doses.grow(m, dose, MORNING);
            assertThat(dose).isEqualTo(new Dose(null, 11, 2, false, null));
            assertThat(Doses.grow(m, dose, MORNING)).isNull();
        }

        @Test
        void an_evening_stretch_hold_never_grows_past_30_seconds() {
            Movement childsPose = movement("childs-pose").hold(30, 60).build();
            Dose dose = Doses.base(childsPose, EVENING);
            assertThat(dose.holdSeconds()).isEqualTo(30);
            assertThat(Doses.growRange(childsPose, dose, EVENING)).isNull();
            assertThat(Doses.grow(childsPose, dose, EVENING)).as("only a second round of the same 30 s")
                    .isEqualTo(new Dose(30, null, 2, false, null));
            assertThat(Doses.grow(childsPose, dose, MORNING).holdSeconds()).isEqualTo(35);
        }

        @Test
        void a_dose_above_the_catalog_is_flagged_but_not_a_second_round_of_a_stretch_held_once() {
            Movement m = movement("m").hold(20, 30).build();
            assertThat(Doses.aboveCatalog(m, new Dose(30, null, 1, false, null))).isFalse();
            assertThat(Doses.aboveCatalog(m, new Dose(45, null, 1, false, null))).isTrue();
            assertThat(Doses.aboveCatalog(m, new Dose(30, null, 2, false, null))).isFalse();
            assertThat(Doses.aboveCatalog(m, new Dose(30, null, 3, false, null))).isTrue();
            Movement warmUp = movement("w").block(Block.WARM_UP).dynamic().reps(10).build();
            assertThat(Doses.aboveCatalog(warmUp, new Dose(null, 10, 2, false, null))).isTrue();
        }

        @Test
        void the_range_grows_first_then_the_articles_sets_then_a_stretch_held_once_gets_a_second_round() {
            Movement held = movement("held").hold(20, 30).build();
            Dose dose = Doses.base(held, MORNING);
            assertThat(dose).isEqualTo(new Dose(25, null, 1, false, null));
            dose = Doses.grow(held, dose, MORNING);
            assertThat(dose).isEqualTo(new Dose(30, null, 1, false, null));
            assertThat(Doses.growRange(held, dose, MORNING)).isNull();
            assertThat(Doses.growSets(held, dose)).isNull();
            dose = Doses.grow(held, dose, MORNING);
            assertThat(dose).isEqualTo(new Dose(30, null, 2, false, null));
            assertThat(Doses.isSecondRound(held, dose)).isTrue();
            assertThat(Doses.grow(held, dose, MORNING)).isNull();

            Movement threeSets = movement("three").hold(30).sets(2, 3).build();
            Dose most = Doses.grow(threeSets, Doses.base(threeSets, MORNING), MORNING);
            assertThat(most.sets()).isEqualTo(3);
            assertThat(Doses.grow(threeSets, most, MORNING)).as("the article's sets are the repeats").isNull();
            Movement reps = movement("reps").dynamic().reps(10).build();
            assertThat(Doses.grow(reps, Doses.base(reps, MORNING), MORNING)).as("no second round of reps").isNull();
            Movement mobility = movement("mob").block(Block.MOBILITY).hold(30).build();
            assertThat(Doses.grow(mobility, Doses.base(mobility, MORNING), MORNING))
                    .as("second rounds are for the stretches").isNull();
        }
    }
}
