package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.Dosage;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one-to-two-minute movement break a workday reminder opens in the player: a fixed pair of standing warm-up
 * moves, done beside the desk, each at the low end of its article's dose. Not a rule of the builder: a short,
 * fixed routine, the same every time.
 *
 * <p>StretchMed says a few shoulder rolls (or a short walk to get water, or a quick cat-cow) are enough to break up
 * an hour of sitting. Its walk is five minutes and cat-cow is done on all fours, so the break takes the shoulder
 * rolls (about 10 forward, then the same backward: the article's two rounds) and the arm circles (10 of the
 * article's 10-15), the catalog's other standing shoulder warm-up. Both doses are the articles' own figures.
 */
public final class MovementBreak {

    /** In the order they are done: the shoulders first, then the bigger circles of the arms. */
    public static final List<String> MOVES = List.of("shoulder-rolls", "arm-circles");
    /** The break's bounds, one to two minutes, timing included (see {@link Timing}). */
    public static final int MIN_SECONDS = 60;
    public static final int MAX_SECONDS = 120;
    /** What the routine asks for: two minutes at midday at a desk (the slot a logged session is filed under). */
    static final int MINUTES = 2;
    static final String REASON = "routine.reason.movementBreak";

    private MovementBreak() {
    }

    /**
     * The break over a catalog.
     *
     * @param catalog finds a movement by slug
     * @throws IllegalStateException when the catalog lacks one of {@link #MOVES}
     */
    public static Routine routine(Function<String, Optional<Movement>> catalog) {
        List<RoutineItem> items = MOVES.stream()
                .map(slug -> catalog.apply(slug).orElseThrow(
                        () -> new IllegalStateException("the movement break needs " + slug + " in the catalog")))
                .map(MovementBreak::item)
                .toList();
        RoutineRequest request = new RoutineRequest(Slot.MIDDAY, MINUTES, Set.of(), Place.DESK, Set.of(), null, null,
                0);
        return new Routine(request, Timing.inOrder(List.of(new RoutineBlock(Block.WARM_UP, items))), List.of());
    }

    /** The low end of every range the article gives: the fewest reps, the shortest time, the fewest rounds. */
    static Dose lowDose(Movement movement) {
        Dosage dosage = movement.dosage();
        return new Dose(dosage.hasHold() ? dosage.hold().min() : null, dosage.hasReps() ? dosage.reps().min() : null,
                Math.max(1, dosage.sets().min()), dosage.eachSide(), dosage.timed() ? dosage.duration().min() : null);
    }

    private static RoutineItem item(Movement movement) {
        Dose dose = lowDose(movement);
        return new RoutineItem(movement, dose, Timing.seconds(movement, dose), REASON);
    }
}
