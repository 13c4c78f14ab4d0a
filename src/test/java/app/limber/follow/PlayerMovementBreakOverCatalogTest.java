package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.BodyPosition;
import app.limber.catalog.Catalog;
import app.limber.catalog.CatalogSlice;
import app.limber.catalog.Dosage;
import app.limber.routine.Dose;
import app.limber.routine.MovementBreak;
import app.limber.routine.Routine;
import app.limber.routine.RoutineItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workday movement break over the real catalog: one to two minutes in the player, done standing with nothing
 * at hand, and every dose the article's own figure (the low end of its range), so nothing in it is Limber's.
 */
@CatalogSlice
class PlayerMovementBreakOverCatalogTest {

    @Autowired
    Catalog catalog;

    @Test
    void the_break_takes_one_to_two_minutes_in_the_player_exactly_as_planned() {
        Routine routine = MovementBreak.routine(catalog::find);
        PlayerPlan plan = PlayerPlan.of(routine);
        assertThat(plan.seconds()).isEqualTo(routine.seconds())
                .isBetween(MovementBreak.MIN_SECONDS, MovementBreak.MAX_SECONDS);
    }

    @Test
    void shoulder_rolls_ten_each_way_then_ten_arm_circles_standing_with_nothing_at_hand() {
        Routine routine = MovementBreak.routine(catalog::find);
        assertThat(routine.items()).extracting(i -> i.movement().slug())
                .containsExactly("shoulder-rolls", "arm-circles");
        // StretchMed: about 10 rolls, then the other way; What Stretches Upper Back?: 10-15 arm circles.
        assertThat(routine.items()).extracting(RoutineItem::dose)
                .containsExactly(new Dose(null, 10, 2, false, null), new Dose(null, 10, 1, false, null));
        for (RoutineItem item : routine.items()) {
            Dosage article = item.movement().dosage();
            assertThat(article.fromArticle()).as(item.movement().slug()).isTrue();
            assertThat(item.dose().reps()).isBetween(article.reps().min(), article.reps().max());
            assertThat(item.dose().sets()).isBetween(article.sets().min(), article.sets().max());
            assertThat(item.movement().position()).isEqualTo(BodyPosition.STANDING);
            assertThat(item.movement().equipment()).isEmpty();
            assertThat(item.secondRound()).isFalse();
        }
    }
}
