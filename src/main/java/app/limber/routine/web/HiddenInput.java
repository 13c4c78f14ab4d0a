package app.limber.routine.web;

import app.limber.routine.RoutineRequest;
import app.limber.routine.form.RoutineInputs;
import java.util.List;

/** One hidden form field: how the save form carries the inputs of the routine on the page. */
record HiddenInput(String name, String value) {

    static List<HiddenInput> of(RoutineRequest request) {
        return RoutineInputs.of(request).params().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> new HiddenInput(e.getKey(), v)))
                .toList();
    }
}
