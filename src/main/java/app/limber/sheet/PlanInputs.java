package app.limber.sheet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The routine inputs a plan carries (minutes, place, equipment, caution, focus) and nothing else: not what the plan
 * sets itself (the slot, the date, the paper, the reminder times), and not parameters the app does not know, so a
 * crafted link cannot smuggle one into the links a plan page builds.
 */
final class PlanInputs {

    /** The slot-independent inputs of {@code /routines/generate}, in the order links carry them. */
    static final List<String> INPUT_PARAMS = List.of("minutes", "place", "equipment", "caution", "focus");

    private PlanInputs() {
    }

    static MultiValueMap<String, String> from(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> inputs = new LinkedMultiValueMap<>();
        for (String name : INPUT_PARAMS) {
            List<String> values = params.get(name);
            if (values != null && !values.isEmpty()) {
                inputs.put(name, List.copyOf(values));
            }
        }
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
        String rest = UriComponentsBuilder.fromUriString("/?" + query).replaceQueryParam("date").build().getQuery();
        return rest == null ? "" : rest;
    }

    /**
     * The inputs as an encoded query string (no leading '?'), for links from one plan page to another. Every name
     * and value is form-encoded, so '&amp;', '=', '+' and '#' in a value stay inside it.
     */
    static String query(MultiValueMap<String, String> inputs) {
        StringJoiner query = new StringJoiner("&");
        inputs.forEach((name, values) -> values.forEach(value -> query.add(encode(name) + "=" + encode(value))));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
