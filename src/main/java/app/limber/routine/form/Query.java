package app.limber.routine.form;

import app.limber.system.EnumParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The parameters of a form, in order. Enum values in URL form, whole numbers and ISO dates need no escaping, so the
 * canonical query string is also the encoded one.
 */
final class Query {

    private final Map<String, List<String>> params = new LinkedHashMap<>();

    void add(String name, Object value) {
        if (value != null) {
            params.computeIfAbsent(name, n -> new ArrayList<>())
                    .add(value instanceof Enum<?> e ? EnumParams.toParam(e) : value.toString());
        }
    }

    void addAll(String name, Set<? extends Enum<?>> values) {
        values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).forEach(v -> add(name, v));
    }

    Map<String, List<String>> params() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    static String link(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }

    @Override
    public String toString() {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, values) -> values.forEach(v -> query.add(name + "=" + v)));
        return query.toString();
    }
}
