package app.limber.routine;

import app.limber.routine.form.RoutineInputs;
import app.limber.system.FormBinder;
import app.limber.system.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A routine lookup without a database, for web slices of the pages that hang from a routine (follow, print, plans).
 * A generated routine is bound from the query with the app's {@link FormBinder} and {@link RoutineInputs}, as the
 * real lookup does, and built over the small test catalog; a saved routine is one this fake was given, anything
 * else is not found. It remembers what it was asked, so a test can tell whether a request reached it.
 */
public class FakeRoutineLookup implements RoutineLookup {

    private final RoutineBuilder builder;
    private final FormBinder forms;
    private final Clock clock;
    private final Map<String, RoutineRef> saved = new ConcurrentHashMap<>();
    private final List<String> asked = new ArrayList<>();

    public FakeRoutineLookup(RoutineBuilder builder, FormBinder forms, Clock clock) {
        this.builder = builder;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public RoutineRef generated(Map<String, List<String>> queryParams) {
        synchronized (asked) {
            asked.add("generated " + new TreeMap<>(queryParams));
        }
        FormBinder.Bound<RoutineInputs> bound = forms.bind(RoutineInputs.class, RoutineInputs.NAME, queryParams);
        if (!bound.ok()) {
            throw bound.firstError();
        }
        RoutineRequest request = bound.form().request(clock);
        return new RoutineRef(builder.build(request), null, null, RoutineInputs.of(request).query());
    }

    @Override
    public RoutineRef saved(String token) {
        synchronized (asked) {
            asked.add("saved " + token);
        }
        RoutineRef ref = saved.get(token);
        if (ref == null) {
            throw new NotFoundException("error.notFound.routine");
        }
        return ref;
    }

    /** None: this fake keeps no browser's list. */
    @Override
    public long savedIn(String browserId) {
        return 0;
    }

    /** Keeps the routine of this request under this name and token, as if it had been saved. */
    public RoutineRef save(String token, String name, RoutineRequest request) {
        RoutineRef ref = new RoutineRef(builder.build(request), name, token, "");
        saved.put(token, ref);
        return ref;
    }

    /** What was asked so far, in order: "generated {the parameters}" or "saved {token}". */
    public List<String> asked() {
        synchronized (asked) {
            return List.copyOf(asked);
        }
    }

    /** Forgets what was asked and what was saved. */
    public void clear() {
        synchronized (asked) {
            asked.clear();
        }
        saved.clear();
    }

    /** The fake as a slice's {@link RoutineLookup} bean, over the slice's routine builder (SmallCatalog.Builder). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        FakeRoutineLookup routineLookup(RoutineBuilder builder, FormBinder forms, Clock clock) {
            return new FakeRoutineLookup(builder, forms, clock);
        }
    }
}
