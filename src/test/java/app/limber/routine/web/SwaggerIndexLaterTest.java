package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Springdoc's object mapper (Jackson 2) is asked for on the page's first request, never when the bean is made; and
 * the bean is made only where springdoc shows the page.
 */
class SwaggerIndexLaterTest {

    /** Counts the calls and fails them: a transformer made at once would fail here, not only count. */
    static ObjectProvider<ObjectMapperProvider> counting(AtomicInteger asked) {
        return new ObjectProvider<>() {
            @Override
            public ObjectMapperProvider getObject() {
                asked.incrementAndGet();
                throw new IllegalStateException("asked");
            }
        };
    }

    @Test
    void the_object_mapper_is_asked_for_only_when_the_page_is() {
        AtomicInteger asked = new AtomicInteger();

        SwaggerIndexTransformer transformer = new SwaggerIndexLater().swaggerIndexTransformer(
                new SwaggerUiConfigProperties(), new SwaggerUiOAuthProperties(), null, counting(asked));
        assertThat(asked).hasValue(0);

        // The made-up provider refuses: what matters is that it is asked now, once.
        assertThatThrownBy(() -> transformer.transform(null, null, null)).hasMessage("asked");
        assertThat(asked).hasValue(1);
    }

    /** What springdoc provides where its page is on (as ready objects: their classes carry springdoc's conditions). */
    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(made -> {
                var beans = made.getBeanFactory();
                beans.registerSingleton("ui", new SwaggerUiConfigProperties());
                beans.registerSingleton("oauth", new SwaggerUiOAuthProperties());
                beans.registerSingleton("welcome", new SwaggerWelcomeWebMvc(new SwaggerUiConfigProperties(),
                        new SpringDocConfigProperties(), null));
            })
            .withUserConfiguration(SwaggerIndexLater.class);

    @Test
    void it_stands_in_for_springdocs_transformer_by_default() {
        context.run(made -> assertThat(made).hasNotFailed().hasSingleBean(SwaggerIndexTransformer.class));
    }

    @Test
    void an_operator_who_turns_the_page_or_the_description_off_gets_none_and_a_start() {
        // Springdoc then makes none of the beans above: without them this configuration must not be wanted.
        ApplicationContextRunner bare = new ApplicationContextRunner().withUserConfiguration(SwaggerIndexLater.class);
        for (String off : new String[] {"springdoc.swagger-ui.enabled=false", "springdoc.api-docs.enabled=false"}) {
            bare.withPropertyValues(off).run(made -> assertThat(made).as(off).hasNotFailed()
                    .doesNotHaveBean(SwaggerIndexTransformer.class));
        }
    }
}
