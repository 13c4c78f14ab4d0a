package app.limber.follow.web;

import app.limber.catalog.Slot;
import app.limber.follow.SessionEntry;
import app.limber.system.Distinct;
import app.limber.system.NoControlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The log form as posted, bound and checked by {@code FormBinder} with the same number, choice and zone rules as
 * every form (the component names are the parameter names). The checks only the log has (a routine page link, a
 * name, movements from the catalog, each once, done ones among them) are constraints with their own message keys.
 */
@DoneAmongMovements
record LogForm(@RoutinePage String routinePath,
               @NotNull(message = "{history.invalid.name}") @Size(max = LogForm.MAX_NAME, message = "{history.invalid.name}")
               @NoControlCharacters(message = "{error.badRequest.control.routineName}") String routineName,
               @NotNull Slot slot,
               @NotNull @Min(1) @Max(LogForm.MAX_SECONDS) Integer plannedSeconds,
               @NotNull @Min(1) @Max(LogForm.MAX_SECONDS) Integer durationSeconds,
               @NotNull java.time.ZoneId zone,
               @Min(0) @Max(10) Integer before,
               @Min(0) @Max(10) Integer after,
               @NotEmpty(message = "{history.invalid.movements.none}")
               @Size(max = LogForm.MAX_MOVEMENTS, message = "{history.invalid.movements.tooMany}")
               @Distinct(message = "{history.invalid.movement.duplicate}") List<@KnownMovement String> movement,
               @Distinct(message = "{history.invalid.done.duplicate}") List<String> done) {

    /** The name errors are filed under (labels {@code field.log.*}). */
    static final String NAME = "log";
    static final int MAX_SECONDS = 3 * 60 * 60;
    static final int MAX_MOVEMENTS = 60;
    static final int MAX_NAME = 160;

    LogForm {
        movement = movement == null ? List.of() : List.copyOf(movement);
        done = done == null ? List.of() : List.copyOf(done);
    }

    /** The session to store (only for a form that passed its checks). */
    SessionEntry entry() {
        return new SessionEntry(RoutineLink.canonical(routinePath).orElseThrow(), routineName, slot, plannedSeconds,
                durationSeconds, zone, before, after, movement, new LinkedHashSet<>(done));
    }
}
