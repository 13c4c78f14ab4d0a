package app.limber.routine.web;

import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.routine.RoutineRequest;
import app.limber.routine.form.RoutineInputs;
import app.limber.routine.saved.SavedRoutine;
import app.limber.routine.saved.SavedRoutines;
import app.limber.system.FormBinder;
import app.limber.system.UserClock;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Finds the routine a URL names for the pages that hang from it (follow, print): generated routines from the same
 * form ({@link RoutineInputs}), defaults and checks as {@code /routines/generate}, saved ones by token.
 */
@Service
class RoutineLookupService implements RoutineLookup {

    private final RoutineBuilder builder;
    private final SavedRoutines saved;
    private final FormBinder forms;
    private final Clock clock;

    RoutineLookupService(RoutineBuilder builder, SavedRoutines saved, FormBinder forms, Clock clock) {
        this.builder = builder;
        this.saved = saved;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public RoutineRef generated(Map<String, List<String>> params) {
        FormBinder.Bound<RoutineInputs> bound = forms.bind(RoutineInputs.class, RoutineInputs.NAME, params);
        if (!bound.ok()) {
            throw bound.firstError();
        }
        // Without a date it is the routine of the user's today (their zone, as the routine page uses).
        RoutineRequest request = bound.form().request(UserClock.ofCurrentRequest(clock));
        // The canonical query pins the date, so a page opened from this one shows the same routine tomorrow too.
        return new RoutineRef(builder.build(request), null, null, RoutineInputs.of(request).query());
    }

    @Override
    public RoutineRef saved(String token) {
        SavedRoutine routine = saved.get(token);
        return new RoutineRef(routine.routine(), routine.name(), routine.token(), "");
    }

    @Override
    public long savedIn(String browserId) {
        // The list's own query, so the count is what My routines shows.
        return saved.mine(browserId).stream().filter(routine -> !routine.deleted()).count();
    }
}
