package app.limber.routine;

import app.limber.catalog.Movement;
import java.util.List;

/** The small catalog of {@link Movements}, for tests outside this package (web slices build a RoutineBuilder on it). */
public final class SmallCatalog {

    private SmallCatalog() {
    }

    public static List<Movement> movements() {
        return Movements.catalog();
    }
}
