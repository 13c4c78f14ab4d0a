package app.limber.routine.web;

import app.limber.routine.RoutineRequest;
import java.util.List;
import org.springframework.util.MultiValueMap;

/** One hidden form field: how the save form carries the inputs of the routine on the page. */
record HiddenInput(String name, String value) {

    static List<HiddenInput> of(RoutineRequest request) {
        MultiValueMap<String, String> params = RoutineInputs.url("/", request).build().getQueryParams();
        return params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> new HiddenInput(e.getKey(), v)))
                .toList();
    }
}
