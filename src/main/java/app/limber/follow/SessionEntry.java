package app.limber.follow;

import app.limber.catalog.Slot;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A validated session to log: the routine (its page and name), the movements in order and which were done,
 * the time the clock ran, and the optional tightness ratings.
 */
public record SessionEntry(String routinePath, String routineName, Slot slot, int plannedSeconds,
                           int durationSeconds, ZoneId zone, Integer before, Integer after, List<String> movements,
                           Set<String> done) {

    public SessionEntry {
        movements = List.copyOf(movements);
        done = Set.copyOf(done);
    }
}
