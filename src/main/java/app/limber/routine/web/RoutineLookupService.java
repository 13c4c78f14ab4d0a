package app.limber.routine.web;

import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.routine.RoutineRequest;
import app.limber.routine.saved.SavedRoutine;
import app.limber.routine.saved.SavedRoutines;
import app.limber.system.BadRequestException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.validation.FieldError;

/**
 * Finds the routine a URL names for the pages that hang from it (follow, print): generated routines from the same
 * parameters, defaults and checks as {@code /routines/generate}, saved ones by token.
 */
@Service
class RoutineLookupService implements RoutineLookup {

    private final RoutineBuilder builder;
    private final SavedRoutines saved;
    private final Clock clock;

    RoutineLookupService(RoutineBuilder builder, SavedRoutines saved, Clock clock) {
        this.builder = builder;
        this.saved = saved;
        this.clock = clock;
    }

    @Override
    public RoutineRef generated(Map<String, List<String>> params) {
        RoutineForm form = new RoutineForm(first(params, "slot"), first(params, "minutes"), first(params, "place"),
                params.get("equipment"), params.get("caution"), first(params, "focus"), first(params, "date"),
                first(params, "shuffle"));
        RoutineInputs.Parsed parsed = RoutineInputs.parse(form, clock);
        if (!parsed.ok()) {
            FieldError error = parsed.errors().getFieldErrors().get(0);
            String value = first(params, error.getField());
            throw new BadRequestException(error.getField(), value == null ? "" : value, error.getCode(),
                    error.getArguments());
        }
        RoutineRequest request = parsed.request();
        // The canonical query pins the date, so a page opened from this one shows the same routine tomorrow too.
        String query = RoutineInputs.url("/", request).build().getQuery();
        return new RoutineRef(builder.build(request), null, null, query == null ? "" : query);
    }

    @Override
    public RoutineRef saved(String token) {
        SavedRoutine routine = saved.get(token);
        return new RoutineRef(routine.routine(), routine.name(), routine.token(), "");
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
