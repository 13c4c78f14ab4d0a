package app.limber.sheet;

import java.util.List;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The routine inputs a plan carries (minutes, place, equipment, caution, focus), without what the plan sets
 * itself: the slot, the date, the paper and the reminder times.
 */
final class PlanInputs {

    static final Set<String> OWN_PARAMS = Set.of("slot", "date", "paper", "morning", "midday", "evening");

    private PlanInputs() {
    }

    static MultiValueMap<String, String> from(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> inputs = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> {
            if (!OWN_PARAMS.contains(name)) {
                inputs.put(name, List.copyOf(values));
            }
        });
        return inputs;
    }

    /** The inputs for one slot (and a date, when given), slot first so URLs read well. */
    static MultiValueMap<String, String> forSlot(MultiValueMap<String, String> inputs, String slot, String date) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("slot", slot);
        params.addAll(inputs);
        if (date != null) {
            params.add("date", date);
        }
        return params;
    }

    /** A routine's canonical query without its date: the link that opens that slot's routine of whatever day it is. */
    static String withoutDate(String query) {
        String rest = org.springframework.web.util.UriComponentsBuilder.fromUriString("/?" + query)
                .replaceQueryParam("date").build().getQuery();
        return rest == null ? "" : rest;
    }

    /** The inputs as a query string (no leading '?'), for links from one plan page to another. */
    static String query(MultiValueMap<String, String> inputs) {
        String query = org.springframework.web.util.UriComponentsBuilder.newInstance().queryParams(inputs).build()
                .getQuery();
        return query == null ? "" : query;
    }
}
