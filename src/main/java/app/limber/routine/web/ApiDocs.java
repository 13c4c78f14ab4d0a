package app.limber.routine.web;

import app.limber.catalog.Slot;
import app.limber.routine.Place;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotCharacter;
import app.limber.routine.form.DayInputs;
import app.limber.routine.form.PlanDate;
import app.limber.routine.form.RoutineInputs;
import app.limber.routine.saved.SavedRoutine;
import app.limber.system.Bounds;
import app.limber.system.EnumParams;
import app.limber.system.FormBinder;
import app.limber.system.NoneIsEmpty;
import app.limber.system.Problems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.Errors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's OpenAPI description ({@code /v3/api-docs}, docs/api.md). The controllers stay plain: what a
 * developer reads is written here, per operation. Parameters are read from the form records the controllers bind
 * ({@link RoutineInputs}, {@link DayInputs}): their names, enum values and Bean Validation bounds, so the
 * description cannot drift from what is checked. Examples are made by the code that answers: a routine built by
 * the builder, and problem details from the same {@link Problems} and {@link FormBinder} the errors come from.
 * Springdoc builds all this once, on the first request for the description, never at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    /** The examples' inputs: a fixed day, so that the described routine is one the builder really makes. */
    static final LocalDate EXAMPLE_DATE = LocalDate.of(2026, 11, 23);
    static final String EXAMPLE_TOKEN = "q3Xv9mJtR2aLw8ZcN5eYbA";
    static final Locale EXAMPLE_LOCALE = Locale.ENGLISH;
    /** The examples' clock, stopped at the fixed day's start: the description reads no clock of the server's. */
    static final java.time.Clock EXAMPLE_CLOCK = java.time.Clock.fixed(
            EXAMPLE_DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);

    /** What each input means; the allowed values and ranges come from the form records. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("slot", "The time of day the routine is for; it sets the default minutes and place and the "
                    + "kind of movements (a morning wake-up, a midday desk break, an evening wind-down). Without "
                    + "it: the time of day now in the visitor's time zone (cookie `limber_zone`, else the "
                    + "server's)."),
            Map.entry("minutes", "How long the routine should take, in whole minutes. The routine lands within "
                    + "±10 % of it (`minSeconds`..`maxSeconds`) where the catalog allows; `shortfall` says so "
                    + "when it cannot. Without it: the time of day's own default (" + defaults() + ")."),
            Map.entry("place", "Where the session happens: at a `desk` nothing goes on the floor and a chair is "
                    + "assumed; at `home` anything goes. Without it: the time of day's own default."),
            Map.entry("equipment", "Equipment at hand (repeat the parameter for more than one). Movements that "
                    + "need something else are left out. `none` (or nothing) means no equipment."),
            Map.entry("caution", "A part of the body to spare (repeat for more than one): movements with that "
                    + "caution are left out. `none` (or nothing) means no caution."),
            Map.entry("focus", "An optional emphasis: a larger share of the time for the movements it is about. "
                    + "`none` (or nothing): no emphasis."),
            Map.entry("date", "The day the routine is for (ISO 8601, `2026-11-23`), between "
                    + "{first} and {last}. The same inputs give the same routine all day; another day, "
                    + "another combination. Without it: today in the visitor's time zone."),
            Map.entry("shuffle", "Another combination for the same inputs and day (what the page's \"shuffle\" "
                    + "link sends); 0 or nothing is the first."),
            Map.entry("morningMinutes", "Minutes for the morning routines only; wins over `minutes`."),
            Map.entry("morningPlace", "Place for the morning routines only; wins over `place`."),
            Map.entry("middayMinutes", "Minutes for the midday routines only; wins over `minutes`."),
            Map.entry("middayPlace", "Place for the midday routines only; wins over `place`."),
            Map.entry("eveningMinutes", "Minutes for the evening routines only; wins over `minutes`."),
            Map.entry("eveningPlace", "Place for the evening routines only; wins over `place`."));

    private static final String LANGUAGE = "Texts (names, purposes, reasons, notices, weekdays) follow the "
            + "request's `Accept-Language`, as the pages do; codes (slugs, parameter values) never change.";

    /**
     * Springdoc's own beans (its model converters, two Jackson 2 mappers, the scanners) are made on the first
     * request for the description or its page, not at start-up: nothing else uses them, and made eagerly they held
     * memory in every idle instance. Its Spring MVC configurer is still made at start-up (Spring MVC asks for every
     * configurer), so the page's static files are mapped from the start.
     */
    @Bean
    static BeanFactoryPostProcessor lazySpringdoc() {
        return factory -> {
            for (String name : factory.getBeanDefinitionNames()) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                if (fromSpringdoc(definition)) {
                    definition.setLazyInit(true);
                }
            }
        };
    }

    private static boolean fromSpringdoc(BeanDefinition definition) {
        String type = definition.getBeanClassName();
        if (definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null) {
            type = annotated.getFactoryMethodMetadata().getDeclaringClassName();
        }
        return type != null && type.startsWith("org.springdoc.");
    }

    @Bean
    OpenAPI limberOpenApi() {
        // A relative server: the description never repeats the Host header a request came with.
        return new OpenAPI().servers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/")))
                .info(new Info().title("Limber API").version("1")
                        .description("Read-only JSON for Limber's routines: a generated routine, a saved routine by "
                                + "the token in its link, and the week plan. Every parameter is the same as on the "
                                + "page of the same name, checked the same way. " + LANGUAGE + "\n\nErrors are "
                                + "RFC 9457 problem details (`application/problem+json`) whatever the client "
                                + "accepts: `type`, `title`, `status`, `detail`, `instance`, and for bad "
                                + "parameters `errors`, one message per parameter. Besides the answers listed per "
                                + "operation, any address under `/api/` answers 404 when unknown, 405 (with "
                                + "`Allow`) to a method it does not take (403 first for a write without the "
                                + "site's CSRF token, which the API never needs), and 415 to a request body of a "
                                + "type it does not read (no operation reads a body)."))
                .components(new Components().addSchemas(PROBLEM, problemSchema()));
    }

    /**
     * Fills in each API operation: its summary and description, its parameters read from its form record, and
     * its answers with examples.
     */
    @Bean
    OperationCustomizer limberOperations(RoutineBuilder builder, RoutineText text, MessageSource messages,
                                         FormBinder forms, JsonMapper json) {
        Examples examples = new Examples(builder, text, messages, forms, json);
        return (operation, handler) -> {
            String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
            switch (name) {
                case "RoutineApiController.generate" -> generate(operation, examples);
                case "SavedRoutineApiController.saved" -> saved(operation, examples);
                case "WeekPlanApiController.week" -> week(operation, examples);
                default -> {
                    // Not an API operation of ours (springdoc only scans /api/**).
                }
            }
            return operation;
        };
    }

    /** Answers every operation can give: not acceptable, busy or limited (these two with {@code Retry-After}). */
    @Bean
    OpenApiCustomizer limberCommonAnswers(MessageSource messages) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((template, item) -> item.readOperations().forEach(operation -> {
                String path = template.replace("{token}", EXAMPLE_TOKEN);
                ApiResponses responses = operation.getResponses();
                responses.addApiResponse("406", problemResponse("The request accepts no JSON (`Accept: "
                        + "application/xml`): the answer is this problem detail, whatever it accepts.",
                        "not-acceptable", problem(HttpStatus.NOT_ACCEPTABLE, messages.getMessage("error.text.406",
                                null, EXAMPLE_LOCALE), Map.of(), path, messages)));
                responses.addApiResponse("429", retryLater(problem(HttpStatus.TOO_MANY_REQUESTS,
                        messages.getMessage("error.text.429", null, EXAMPLE_LOCALE), Map.of(), path, messages),
                        "Too many requests from this client (for a saved routine: too many unknown tokens "
                                + "tried). Wait `Retry-After` seconds."));
                responses.addApiResponse("503", retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE,
                        messages.getMessage("error.db.unreachable", null, EXAMPLE_LOCALE), Map.of(), path,
                        messages), "Not available just now (the saved routines' database is out of reach, or "
                        + "the server is busy). Try again after `Retry-After` seconds."));
            }));
        };
    }

    private static void generate(Operation operation, Examples examples) {
        operation.summary("Generate a routine")
                .description("The routine the page `/routines/generate` shows for the same inputs: its blocks in "
                        + "order, each movement with its dose, pace, form cues and cautions, the total time and "
                        + "the notices. Deterministic: the same inputs on the same day give the same routine. "
                        + LANGUAGE)
                .tags(List.of("routines"));
        operation.setParameters(parameters(RoutineInputs.class));
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200", json(operation, "The routine.", "routine",
                "A 10-minute morning routine at a desk", examples.routine()));
        String bad = "slot=night&minutes=90&date=2026-02-30";
        responses.addApiResponse("400", problemResponse("A parameter could not be used: one message per bad "
                + "parameter in `errors`.", "bad-parameters", examples.invalid(RoutineInputs.class,
                RoutineInputs.NAME, "/api/routines/generate", bad), "/api/routines/generate?" + bad));
        operation.setResponses(responses);
    }

    private static void saved(Operation operation, Examples examples) {
        operation.summary("Read a saved routine")
                .description("A saved routine by the token in its link (`/routines/{token}`). Whoever holds the "
                        + "link may read it, as on the page; there are no accounts. The routine is the same "
                        + "object `/api/routines/generate` answers, its `url` the saved routine's page. "
                        + "Unknown tokens count towards a per-client limit (429 past it). " + LANGUAGE)
                .tags(List.of("routines"));
        Parameter token = operation.getParameters().get(0);
        token.description("The routine's private token, the last part of its link: 22 characters of A-Z, a-z, "
                + "0-9, `-` and `_`.").example(EXAMPLE_TOKEN);
        token.getSchema().pattern("^[A-Za-z0-9_-]{22}$");
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200", json(operation, "The saved routine.", "saved",
                "A saved morning routine", examples.saved()));
        responses.addApiResponse("404", problemResponse("No saved routine has this token.", "unknown",
                examples.problem(HttpStatus.NOT_FOUND, "error.notFound.routine", "/api/routines/" + EXAMPLE_TOKEN)));
        responses.addApiResponse("410", problemResponse("The routine at this token was deleted by the browser "
                + "that saved it.", "deleted",
                examples.problem(HttpStatus.GONE, "saved.gone.text", "/api/routines/" + EXAMPLE_TOKEN)));
        operation.setResponses(responses);
    }

    private static void week(Operation operation, Examples examples) {
        operation.summary("Plan a week")
                .description("The week plan the page `/plan/week` shows for the same inputs: seven days from "
                        + "`date` (or today), each with its morning, midday and evening routines, each the same "
                        + "object `/api/routines/generate` answers for that time of day and day. " + LANGUAGE)
                .tags(List.of("plans"));
        operation.setParameters(parameters(DayInputs.class));
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200", json(operation, "The week: seven days of three routines.", "week",
                "The week from 23 November 2026, defaults for each time of day (shortened to its first day "
                        + "here)", examples.week()));
        String bad = "eveningMinutes=60&focus=toes";
        responses.addApiResponse("400", problemResponse("A parameter could not be used: one message per bad "
                + "parameter in `errors`.", "bad-parameters", examples.invalid(DayInputs.class, DayInputs.NAME,
                "/api/plans/week", bad), "/api/plans/week?" + bad));
        operation.setResponses(responses);
    }

    /**
     * The query parameters of a form record: each component's name, its type's allowed values ({@code none} too
     * where it means "nothing"), its Bean Validation bounds, and its meaning.
     */
    static List<Parameter> parameters(Class<? extends Record> form) {
        List<Parameter> parameters = new ArrayList<>();
        for (RecordComponent component : form.getRecordComponents()) {
            Parameter parameter = new Parameter().in("query").name(component.getName()).required(false)
                    .description(INPUTS.get(component.getName()).replace("{first}", first())
                            .replace("{last}", last()))
                    .schema(schema(component));
            if (component.getType() == Set.class) {
                parameter.style(Parameter.StyleEnum.FORM).explode(true);
            }
            parameters.add(parameter);
        }
        return parameters;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> schema(RecordComponent component) {
        boolean none = component.isAnnotationPresent(NoneIsEmpty.class);
        Class<?> type = component.getType();
        if (type.isEnum()) {
            return values((Class<? extends Enum>) type, none);
        }
        if (type == Set.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType())
                    .getActualTypeArguments()[0];
            return new ArraySchema().items(values((Class<? extends Enum>) element, none)).uniqueItems(true);
        }
        if (type == Integer.class) {
            IntegerSchema schema = new IntegerSchema();
            // Bean Validation's @Min and @Max do not target record components: they land on the accessor.
            Min min = component.getAccessor().getAnnotation(Min.class);
            Max max = component.getAccessor().getAnnotation(Max.class);
            if (min != null) {
                schema.minimum(java.math.BigDecimal.valueOf(min.value()));
            }
            if (max != null) {
                schema.maximum(java.math.BigDecimal.valueOf(max.value()));
            }
            return schema;
        }
        if (type == LocalDate.class) {
            StringSchema schema = new StringSchema();
            schema.format("date");
            if (component.isAnnotationPresent(PlanDate.class)) {
                schema.example(EXAMPLE_DATE.toString());
            }
            return schema;
        }
        throw new IllegalStateException("No schema for " + component);
    }

    private static <E extends Enum<E>> StringSchema values(Class<E> type, boolean none) {
        StringSchema schema = new StringSchema();
        List<String> values = new ArrayList<>(EnumParams.allParams(type));
        if (none) {
            values.add("none");
        }
        schema.setEnum(values);
        return schema;
    }

    /** The range {@link PlanDate} checks, as its message quotes it. */
    private static String first() {
        return PlanDate.class.getAnnotation(Bounds.class).value()[0];
    }

    private static String last() {
        return PlanDate.class.getAnnotation(Bounds.class).value()[1];
    }

    private static String defaults() {
        return Arrays.stream(Slot.values()).map(s -> EnumParams.toParam(s) + " "
                        + SlotCharacter.of(s).defaultMinutes() + ", " + EnumParams.toParam(
                        SlotCharacter.of(s).defaultPlace()))
                .collect(Collectors.joining("; "));
    }

    /**
     * The success answer: the schema springdoc made from the method's return type (the JSON records), sent as
     * {@code application/json}, with an example.
     */
    private static ApiResponse json(Operation operation, String description, String exampleName, String summary,
                                    Object value) {
        Schema<?> schema = operation.getResponses().get("200").getContent().values().iterator().next().getSchema();
        MediaType media = new MediaType().schema(schema)
                .addExamples(exampleName, new Example().summary(summary).value(value));
        return new ApiResponse().description(description).content(new Content().addMediaType(JSON, media));
    }

    private static ApiResponse problemResponse(String description, String exampleName, Map<String, Object> value) {
        return problemResponse(description, exampleName, value, null);
    }

    /** An error answer with its example; {@code request}, if given, is the request that example answers. */
    private static ApiResponse problemResponse(String description, String exampleName, Map<String, Object> value,
                                               String request) {
        Example example = new Example().summary(String.valueOf(value.get("title"))).value(value);
        if (request != null) {
            example.description("The answer to `GET " + request + "`.");
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                .addExamples(exampleName, example);
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private static ApiResponse retryLater(Map<String, Object> example, String description) {
        ApiResponse response = problemResponse(description, "retry-later", example);
        response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
        return response;
    }

    /** A problem detail as the API writes it (members in the order of RFC 9457), for an example. */
    static Map<String, Object> problem(HttpStatus status, String detail, Map<String, String> fields, String path,
                                       MessageSource messages) {
        return asMap(Problems.of(status, detail, fields, messages, EXAMPLE_LOCALE), path);
    }

    static Map<String, Object> asMap(ProblemDetail problem, String path) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", String.valueOf(problem.getType()));
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        map.put("instance", URI.create(path).toString());
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    private static Schema<?> problemSchema() {
        ObjectSchema schema = new ObjectSchema();
        schema.description("An RFC 9457 problem detail (`application/problem+json`).");
        schema.addProperty("type", new StringSchema().format("uri")
                .description("What kind of problem: the status's definition in RFC 9110."));
        schema.addProperty("title", new StringSchema().description("The status in words, in the request's "
                + "language."));
        schema.addProperty("status", new IntegerSchema().description("The HTTP status."));
        schema.addProperty("detail", new StringSchema().description("What was wrong and what to do, in the "
                + "request's language."));
        schema.addProperty("instance", new StringSchema().format("uri-reference").description("The address "
                + "asked for."));
        schema.addProperty(Problems.ERRORS, new MapSchema().additionalProperties(new StringSchema())
                .description("For bad parameters: one message per parameter name."));
        schema.required(List.of("type", "title", "status"));
        return schema;
    }

    /** Examples made by the code that answers, in English, for {@link #EXAMPLE_DATE}. */
    static final class Examples {

        private final RoutineBuilder builder;
        private final RoutineText text;
        private final MessageSource messages;
        private final FormBinder forms;
        private final JsonMapper json;

        Examples(RoutineBuilder builder, RoutineText text, MessageSource messages, FormBinder forms,
                 JsonMapper json) {
            this.builder = builder;
            this.text = text;
            this.messages = messages;
            this.forms = forms;
            this.json = json;
        }

        private RoutineRequest request() {
            return new RoutineRequest(Slot.MORNING, 10, Set.of(), Place.DESK, Set.of(), null, EXAMPLE_DATE, 0);
        }

        Object routine() {
            return tree(RoutineJson.of(builder.build(request()), text, messages, EXAMPLE_LOCALE));
        }

        Object saved() {
            LocalDateTime at = EXAMPLE_DATE.atTime(7, 42, 5);
            return tree(SavedRoutineJson.of(new SavedRoutine(EXAMPLE_TOKEN, "Desk mornings",
                    builder.build(request()), at, at, List.of()), text, messages, EXAMPLE_LOCALE));
        }

        /** The week's first day only: seven days of three routines are too long to read as an example. */
        Object week() {
            DayInputs inputs = new DayInputs(null, null, Set.of(), Set.of(), null, EXAMPLE_DATE);
            List<RoutineJson> routines = Arrays.stream(Slot.values()).map(slot -> RoutineJson.of(
                    builder.build(inputs.forSlot(slot, EXAMPLE_DATE).request(EXAMPLE_CLOCK)),
                    text, messages, EXAMPLE_LOCALE)).toList();
            WeekPlanJson week = new WeekPlanJson(EXAMPLE_DATE, EXAMPLE_DATE.plusDays(6),
                    inputs.link("/plan/week"), List.of(new WeekPlanJson.Day(EXAMPLE_DATE,
                    EXAMPLE_DATE.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, EXAMPLE_LOCALE),
                    routines)));
            return tree(week);
        }

        /** The 400 this query really gets: bound by the form binder, as the controller binds it. */
        Map<String, Object> invalid(Class<? extends Record> form, String name, String path, String query) {
            LinkedMultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                sent.add(parts[0], parts[1]);
            }
            Errors errors = forms.bind(form, name, sent).errors();
            return asMap(Problems.invalid(errors, messages, EXAMPLE_LOCALE), path);
        }

        Map<String, Object> problem(HttpStatus status, String key, String path) {
            return ApiDocs.problem(status, messages.getMessage(key, null, EXAMPLE_LOCALE), Map.of(), path,
                    messages);
        }

        /** As the API writes it (dates as ISO strings), for springdoc to write again. */
        private Object tree(Object value) {
            return json.convertValue(value, Map.class);
        }
    }
}
