package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJackson2ObjectMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The probes a supervisor reads answer JSON, and the Jackson 2 endpoint mapper that swagger-core's presence would
 * add is not made (application.properties excludes its auto-configuration). Same configuration as the page tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HealthEndpointTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void health_and_its_probes_answer_up_as_json() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            assertThat(mvc.get().uri(probe).exchange()).hasStatusOk().bodyJson().extractingPath("$.status")
                    .isEqualTo("UP");
        }
    }

    @Test
    void no_jackson_2_mapper_is_made_for_actuator() {
        assertThat(context.getBeanNamesForType(EndpointJackson2ObjectMapper.class, true, false))
                .isEmpty();
    }
}
