package app.limber.routine.form;

import java.util.List;
import java.util.Map;

/**
 * Inputs that links carry (a routine's, a plan's): each writes its own parameters into a {@link Query}, in its own
 * order; the canonical query string, its parameters and the links follow from that the same way for both.
 */
public sealed interface LinkedInputs permits RoutineInputs, DayInputs {

    /** Adds these inputs to the query, in parameter order. */
    void addTo(Query query);

    /** The canonical query string (no leading '?'): what was given, in parameter order, lists in enum order. */
    default String query() {
        return toQuery().toString();
    }

    /** The parameters of {@link #query} (for hidden fields and lookups). */
    default Map<String, List<String>> params() {
        return toQuery().params();
    }

    default String link(String path) {
        return Query.link(path, query());
    }

    private Query toQuery() {
        Query query = new Query();
        addTo(query);
        return query;
    }
}
