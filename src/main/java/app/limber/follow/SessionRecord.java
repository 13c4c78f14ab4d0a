package app.limber.follow;

import app.limber.catalog.Slot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A logged session as pages, statistics and the CSV export read it. Ratings may be null, and so may the routine
 * link when its sealed copy could not be opened (a damaged value).
 */
public record SessionRecord(long id, Instant loggedAt, ZoneId zone, String routinePath, String routineName,
                            Slot slot, int plannedSeconds, int durationSeconds, Integer before, Integer after,
                            List<String> done, List<String> skipped) {

    public SessionRecord {
        done = List.copyOf(done);
        skipped = List.copyOf(skipped);
    }

    public ZonedDateTime at(ZoneId displayZone) {
        return loggedAt.atZone(displayZone);
    }

    /**
     * Limber's rule for the streak and the other figures of the history: a session counts when at least half of its
     * movements were done. The player marks a movement done only when more than half of its work time was spent on
     * it, so a routine arrowed through in seconds is logged (all skipped) but does not count.
     */
    public boolean counts() {
        return done.size() * 2 >= done.size() + skipped.size();
    }

    public boolean rated() {
        return before != null || after != null;
    }
}
