package app.limber.routine.saved;

import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineEdits;
import app.limber.routine.RoutineRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved routines without a database, for web slices: a saved routine is its generated routine (edits are checked
 * by the real {@link RoutineEdits} and recorded, not applied). Its repository is never touched, since every method
 * that would is overridden.
 */
public class RecordingSavedRoutines extends SavedRoutines {

    private final RoutineBuilder builder;
    private final RoutineEdits edits;
    private final Map<String, SavedRoutine> routines = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    public RecordingSavedRoutines(RoutineBuilder builder) {
        super(null, builder, new RoutineEdits(builder), Clock.systemUTC(), null);
        this.builder = builder;
        this.edits = new RoutineEdits(builder);
    }

    @Override
    public synchronized String save(String name, RoutineRequest request, String ownerId) {
        return save(name, request);
    }

    @Override
    public synchronized String save(String name, RoutineRequest request) {
        String token = newToken();
        LocalDateTime now = LocalDateTime.now();
        routines.put(token, new SavedRoutine(token, RoutineEdits.name(name), builder.build(request), now, now,
                List.of()));
        calls.add("save " + name);
        return token;
    }

    @Override
    public synchronized SavedRoutine get(String token) {
        SavedRoutine routine = routines.get(token);
        if (routine == null) {
            throw new SavedRoutineNotFoundException();
        }
        return routine;
    }

    @Override
    public synchronized boolean dose(String token, String slug, Integer hold, Integer reps, Integer sets,
                                     Integer duration) {
        SavedRoutine routine = get(token);
        edits.dose(RoutineEdits.items(routine.routine()), routine.routine().request().slot(), slug, hold, reps, sets,
                duration);
        calls.add("dose " + slug + " " + hold + " " + reps + " " + sets + " " + duration);
        return true;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized void clear() {
        calls.clear();
    }
}
