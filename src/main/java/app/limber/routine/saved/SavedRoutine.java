package app.limber.routine.saved;

import app.limber.routine.Routine;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A saved routine as pages show it: the fixed copy as a {@link Routine} (times worked out with the same Timing as
 * a generated one), its name and token, and any movement the catalog no longer has.
 */
public record SavedRoutine(String token, String name, Routine routine, LocalDateTime createdAt,
                           LocalDateTime updatedAt, List<String> missingSlugs) {
}
