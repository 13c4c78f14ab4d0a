package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at {@code /v3/api-docs} over the whole application: it lists every {@code /api}
 * operation the application maps, each with its summary and description, every parameter described with its
 * schema, a success example and at least one problem-detail error with an example; the examples are what the API
 * answers. Same configuration as the other page tests: the context is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode docs() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    /** Every GET operation under /api/ the application maps, as "GET /api/..." (path templates as OpenAPI has them). */
    Set<String> mappedApiOperations() {
        Set<String> operations = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> operations.add(m.name() + " " + p))));
        return operations;
    }

    @Test
    void every_api_operation_is_described_with_parameters_an_example_and_an_error_response() {
        JsonNode docs = docs();
        Set<String> described = new TreeSet<>();
        List<String> gaps = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String id = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            described.add(id);
            JsonNode operation = op.getValue();
            for (String field : List.of("summary", "description")) {
                if (operation.path(field).asString("").isBlank()) {
                    gaps.add(id + ": no " + field);
                }
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("description").asString("").isBlank() || parameter.path("schema").isMissingNode()) {
                    gaps.add(id + ": parameter " + parameter.path("name").asString() + " undescribed");
                }
            }
            JsonNode ok = operation.path("responses").path("200").path("content").path("application/json");
            if (ok.path("examples").isEmpty() || ok.path("schema").isMissingNode()) {
                gaps.add(id + ": no success example or schema");
            }
            int errors = 0;
            for (var response : operation.path("responses").properties()) {
                JsonNode problem = response.getValue().path("content").path("application/problem+json");
                if (response.getKey().startsWith("4") && !problem.path("examples").isEmpty()) {
                    errors++;
                    problem.path("examples").forEach(example -> {
                        JsonNode value = example.path("value");
                        for (String member : List.of("type", "title", "status", "detail", "instance")) {
                            if (value.path(member).isMissingNode()) {
                                gaps.add(id + ": " + response.getKey() + " example without " + member);
                            }
                        }
                        if (value.path("status").asInt() != Integer.parseInt(response.getKey())) {
                            gaps.add(id + ": " + response.getKey() + " example with status " + value.path("status"));
                        }
                    });
                }
            }
            if (errors == 0) {
                gaps.add(id + ": no error response with an example");
            }
        }));
        assertThat(described).as("every /api operation the application maps")
                .containsExactlyElementsOf(mappedApiOperations());
        assertThat(described).contains("GET /api/routines/generate", "GET /api/routines/{token}",
                "GET /api/plans/week");
        assertThat(gaps).isEmpty();
    }

    @Test
    void parameters_carry_their_allowed_values_and_ranges_from_the_form_records() {
        JsonNode parameters = docs().path("paths").path("/api/routines/generate").path("get").path("parameters");
        JsonNode slot = find(parameters, "slot");
        assertThat(slot.path("schema").path("enum").toString()).isEqualTo("[\"morning\",\"midday\",\"evening\"]");
        JsonNode minutes = find(parameters, "minutes").path("schema");
        assertThat(minutes.path("minimum").asInt()).isEqualTo(5);
        assertThat(minutes.path("maximum").asInt()).isEqualTo(45);
        JsonNode equipment = find(parameters, "equipment");
        assertThat(equipment.path("schema").path("items").path("enum").toString()).contains("\"wall-or-doorway\"",
                "\"none\"");
        assertThat(find(parameters, "date").path("description").asString()).contains("2000-01-01", "2199-12-31");
        JsonNode week = docs().path("paths").path("/api/plans/week").path("get").path("parameters");
        assertThat(find(week, "eveningMinutes").path("schema").path("maximum").asInt()).isEqualTo(45);
        assertThat(find(week, "eveningPlace").path("schema").path("enum").toString()).isEqualTo("[\"desk\",\"home\"]");
    }

    @Test
    void the_examples_are_what_the_api_answers() throws Exception {
        JsonNode responses = docs().path("paths").path("/api/routines/generate").path("get").path("responses");
        JsonNode example = responses.path("200").path("content").path("application/json").path("examples")
                .path("routine").path("value");
        MvcTestResult real = mvc.get().uri("/api/routines/generate?slot=morning&minutes=10&place=desk"
                + "&date=2026-11-23").exchange();
        assertThat(example).isEqualTo(JSON.readTree(real.getResponse().getContentAsString(StandardCharsets.UTF_8)));

        JsonNode bad = responses.path("400").path("content").path("application/problem+json").path("examples")
                .path("bad-parameters");
        String request = bad.path("description").asString().replaceAll("^.*`GET ([^`]+)`.*$", "$1");
        MvcTestResult refused = mvc.get().uri(request).exchange();
        JsonNode answered = JSON.readTree(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(bad.path("value")).isEqualTo(answered);
    }

    /** Springdoc writes the YAML itself: the API answering JSON only (JsonOnlyConverters) leaves it served. */
    @Test
    void the_description_is_also_served_as_yaml() {
        MvcTestResult yaml = mvc.get().uri("/v3/api-docs.yaml").exchange();
        assertThat(yaml).hasStatusOk().bodyText().startsWith("openapi: 3.1").contains("/api/routines/generate:");
    }

    @Test
    void the_docs_page_is_served_under_the_sites_security_headers() {
        MvcTestResult page = mvc.get().uri("/swagger-ui/index.html").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe");
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus(HttpStatus.FOUND);
    }

    /** The page's set-up script, written on first use (SwaggerIndexLater), points at our description only. */
    @Test
    void the_docs_page_is_set_up_with_our_description() {
        MvcTestResult script = mvc.get().uri("/swagger-ui/swagger-initializer.js").exchange();
        assertThat(script).hasStatusOk().bodyText().contains("\"configUrl\" : \"/v3/api-docs/swagger-config\"")
                .doesNotContain("petstore");
    }

    private static JsonNode find(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + parameters);
    }
}
