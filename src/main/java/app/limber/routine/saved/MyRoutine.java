package app.limber.routine.saved;

import app.limber.catalog.Slot;
import java.time.LocalDateTime;

/**
 * One line of a browser's list of saved routines: enough to find it again (name, time of day, length, how many
 * movements, when it last changed) and its token for the link. {@code deletedAt} is set for a routine deleted but
 * still restorable.
 */
public record MyRoutine(String token, String name, Slot slot, int minutes, int movements, LocalDateTime createdAt,
                        LocalDateTime updatedAt, LocalDateTime deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
