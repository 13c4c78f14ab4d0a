package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** limber.public-base-url: bound, tidied and checked at startup; links built from it, else from the request. */
class PublicUrlsTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(PublicUrls.class);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_configured_base_is_used_without_its_trailing_slashes() {
        runner.withPropertyValues("limber.public-base-url= https://limber.example.org/app// ")
                .run(context -> assertThat(context.getBean(PublicUrls.class).absolute("/history/restore/abc"))
                        .isEqualTo("https://limber.example.org/app/history/restore/abc"));
    }

    @Test
    void without_one_the_base_is_the_request_s_own() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setServerName("clinic.example");
        request.setServerPort(8443);
        request.setScheme("https");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        runner.run(context -> assertThat(context.getBean(PublicUrls.class).absolute("/safety"))
                .isEqualTo("https://clinic.example:8443/safety"));
    }

    @Test
    void anything_but_an_http_address_stops_the_start() {
        runner.withPropertyValues("limber.public-base-url=limber.example.org")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("limber.public-base-url=https://limber.example.org/?a=b")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("limber.public-base-url=http://limber.example.org/x")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
