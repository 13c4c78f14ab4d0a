package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.system.HostileCorpus.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/** The corpus is the generator's output, big enough, and reaches every endpoint and every parameter. */
class HostileCorpusTest {

    /** Placeholders filled with well-formed values, to match the corpus against the mappings. */
    private static final Map<String, String> SAMPLE = Map.of(HostileCorpusGenerator.TOKEN, "A".repeat(22),
            HostileCorpusGenerator.SLUG, "cat-cow", HostileCorpusGenerator.HISTORY, "A".repeat(43));
    /**
     * Parameters read from a whole parameter map rather than declared one by one: the plan pages' own
     * (PlanController, ReminderTimes, Paper).
     */
    private static final List<String> MAP_PARAMETERS = List.of("paper", "date", "morning", "midday", "evening");
    /** Form objects bound from parameters, by class name (some are package-private in their feature). */
    private static final List<String> FORMS = List.of("app.limber.routine.form.RoutineInputs",
            "app.limber.routine.form.DayInputs", "app.limber.follow.web.LogForm", "app.limber.routine.form.SaveName",
            "app.limber.routine.form.DoseEdit", "app.limber.routine.form.SwapEdit", "app.limber.routine.form.AddEdit",
            "app.limber.reminder.WorkdayForm");

    @Test
    void the_committed_corpus_is_what_the_generator_writes() throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream(HostileCorpus.RESOURCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("run HostileCorpusGenerator after changing it").isEqualTo(HostileCorpusGenerator.generate());
        }
    }

    @Test
    void holds_at_least_a_thousand_requests_with_unique_ids() throws IOException {
        List<Entry> corpus = HostileCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(corpus.stream().map(Entry::id).distinct().count()).isEqualTo(corpus.size());
    }

    @Test
    void every_mapped_endpoint_gets_hostile_requests_with_its_own_method() throws Exception {
        List<Entry> corpus = HostileCorpus.load();
        List<String> missing = new ArrayList<>();
        for (Method method : handlerMethods()) {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            List<String> verbs = mapping.method().length == 0 ? List.of("GET", "POST")
                    : List.of(mapping.method()).stream().map(RequestMethod::name).toList();
            for (String path : mapping.path()) {
                Pattern pattern = pattern(path.replace("${server.error.path:/error}", "/error"));
                for (String verb : verbs) {
                    long hits = corpus.stream().filter(e -> e.method().equals(verb))
                            .filter(e -> pattern.matcher(path(e)).matches()).count();
                    if (hits < 3) {
                        missing.add(verb + " " + path + " (" + hits + ")");
                    }
                }
            }
        }
        for (String prefix : List.of("/actuator/health", "/css/", "/js/", "/favicon.svg", "/error")) {
            if (corpus.stream().noneMatch(e -> path(e).startsWith(prefix))) {
                missing.add(prefix);
            }
        }
        assertThat(missing).as("endpoints with fewer than 3 corpus requests").isEmpty();
    }

    @Test
    void every_request_parameter_gets_hostile_values() throws Exception {
        Set<String> names = new TreeSet<>(MAP_PARAMETERS);
        for (Method method : handlerMethods()) {
            for (Parameter parameter : method.getParameters()) {
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                if (param != null && !param.name().isEmpty()) {
                    names.add(param.name());
                }
            }
        }
        for (String form : FORMS) {
            for (RecordComponent component : Class.forName(form).getRecordComponents()) {
                names.add(component.getName());
            }
        }
        List<Entry> corpus = HostileCorpus.load();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            Pattern param = Pattern.compile("(^|[?&])" + Pattern.quote(name) + "=");
            long hits = corpus.stream().filter(e -> param.matcher(e.target().replaceFirst("^[^?]*", ""))
                    .find() || param.matcher(e.body()).find()).count();
            if (hits < 5) {
                missing.add(name + " (" + hits + ")");
            }
        }
        assertThat(names).contains("slot", "name", "hold", "with", "routineName", "q");
        assertThat(missing).as("parameters with fewer than 5 corpus requests").isEmpty();
    }

    private static List<Method> handlerMethods() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Method> methods = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("app.limber")) {
            for (Method method : Class.forName(bean.getBeanClassName()).getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    methods.add(method);
                }
            }
        }
        assertThat(methods).hasSizeGreaterThan(20);
        return methods;
    }

    /** {@code /routines/{token}/sheet.pdf} as a regex: each variable one path segment. */
    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String path(Entry entry) {
        String target = entry.target();
        for (Map.Entry<String, String> sample : SAMPLE.entrySet()) {
            target = target.replace(sample.getKey(), sample.getValue());
        }
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
