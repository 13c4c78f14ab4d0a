package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every way an {@code /api} request can fail answers an RFC 9457 problem detail over the whole stack (security,
 * Spring MVC, the error controller, the database): a deleted saved routine (410), an unknown address (404), a
 * method the address does not take (405, with {@code Allow}), a request that accepts no JSON, YAML included (406), a body type
 * not read (415), and a write without the CSRF token (403). The 400s per parameter, 429 and 503 have their own
 * tests (the slices, {@code ClientLimitsWebTest}, {@code DatabaseOutageAdviceTest}). Same configuration as the
 * other page tests: the context is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiErrorsTest {

    @Autowired
    MockMvcTester mvc;

    static void isProblem(MvcTestResult result, HttpStatus status, String instance) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.type").isEqualTo("https://www.rfc-editor.org/rfc/rfc9110#status." + status.value());
        json.extractingPath("$.status").asNumber().isEqualTo(status.value());
        json.extractingPath("$.title").asString().isNotBlank();
        json.extractingPath("$.detail").asString().isNotBlank();
        json.extractingPath("$.instance").isEqualTo(instance);
    }

    /**
     * What the client gets for a request refused with {@code sendError}: MockMvc stops at the status, where a
     * server forwards to the error controller; this is that second dispatch, as the server makes it.
     * (HostileInputTest sees the same over a real socket.)
     */
    MvcTestResult errorDispatch(MvcTestResult refused, String uri) {
        return errorDispatch(refused, uri, MediaType.ALL);
    }

    MvcTestResult errorDispatch(MvcTestResult refused, String uri, MediaType accept) {
        return mvc.get().uri("/error").accept(accept)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, refused.getResponse().getStatus())
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri).exchange();
    }

    @Test
    void a_deleted_saved_routine_is_410_and_its_token_still_reads_nothing_else() {
        Cookie browser = MyRoutinesTest.browser();
        MvcTestResult save = mvc.post().uri("/routines?slot=morning&minutes=10&date=2026-11-23")
                .param("name", "Soon gone").cookie(browser).with(csrf()).exchange();
        String token = save.getResponse().getRedirectedUrl().substring("/routines/".length());
        assertThat(mvc.get().uri("/api/routines/" + token).exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.name").isEqualTo("Soon gone");

        assertThat(mvc.post().uri("/routines/" + token + "/delete").cookie(browser).with(csrf()).exchange())
                .hasStatus(HttpStatus.FOUND);
        MvcTestResult gone = mvc.get().uri("/api/routines/" + token).exchange();
        isProblem(gone, HttpStatus.GONE, "/api/routines/" + token);
        assertThat(gone).bodyJson().extractingPath("$.detail").asString().contains("was deleted");
    }

    @Test
    void an_unknown_address_is_404() {
        isProblem(errorDispatch(mvc.get().uri("/api/nope").exchange(), "/api/nope"), HttpStatus.NOT_FOUND,
                "/api/nope");
    }

    @Test
    void a_method_the_address_does_not_take_is_405_with_allow() {
        MvcTestResult result = mvc.post().uri("/api/plans/week").with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(result.getResponse().getHeader("Allow")).contains("GET");
        isProblem(errorDispatch(result, "/api/plans/week"), HttpStatus.METHOD_NOT_ALLOWED, "/api/plans/week");
    }

    @Test
    void a_write_without_the_csrf_token_is_403() {
        MvcTestResult result = mvc.delete().uri("/api/routines/generate").exchange();
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        isProblem(errorDispatch(result, "/api/routines/generate"), HttpStatus.FORBIDDEN, "/api/routines/generate");
    }

    @Test
    void a_request_that_accepts_no_json_is_406_and_still_gets_the_problem_as_json() {
        MvcTestResult result = mvc.get().uri("/api/plans/week?date=2026-11-23").accept(MediaType.APPLICATION_XML)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_ACCEPTABLE);
        isProblem(errorDispatch(result, "/api/plans/week", MediaType.APPLICATION_XML), HttpStatus.NOT_ACCEPTABLE, "/api/plans/week");
    }

    /**
     * JSON only: swagger-core brings a YAML library, and Spring would otherwise answer YAML with it
     * (JsonOnlyConverters).
     */
    @Test
    void a_request_for_yaml_is_406_too() {
        MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=midday&minutes=10")
                .accept(MediaType.APPLICATION_YAML).exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_ACCEPTABLE);
        isProblem(errorDispatch(result, "/api/routines/generate", MediaType.APPLICATION_YAML),
                HttpStatus.NOT_ACCEPTABLE, "/api/routines/generate");
    }

    /** No operation reads a body, so nothing maps to a 415 yet: the error controller answers it as any other. */
    @Test
    void a_body_type_not_read_is_415() {
        MvcTestResult result = mvc.get().uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 415)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/routines/generate").exchange();
        isProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "/api/routines/generate");
    }
}
