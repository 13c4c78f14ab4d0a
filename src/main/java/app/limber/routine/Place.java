package app.limber.routine;

import app.limber.catalog.Equipment;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where the session happens. At a desk a chair is always there (the articles' desk moves are done on it), nothing
 * goes on the floor, and the session rules leave out what an office has no room for; at home anything goes.
 */
public enum Place {
    DESK(EnumSet.of(Equipment.CHAIR)),
    HOME(EnumSet.noneOf(Equipment.class));

    private final Set<Equipment> provides;

    Place(Set<Equipment> provides) {
        this.provides = Collections.unmodifiableSet(provides);
    }

    /** Equipment that is there whether or not the person ticks it. */
    public Set<Equipment> provides() {
        return provides;
    }
}
