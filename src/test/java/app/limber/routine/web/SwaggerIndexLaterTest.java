package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.beans.factory.ObjectProvider;

/** Springdoc's object mapper (Jackson 2) is asked for on the page's first request, never when the bean is made. */
class SwaggerIndexLaterTest {

    /** Counts the calls and fails them: a transformer made at once would fail here, not only count. */
    static <T> ObjectProvider<T> counting(AtomicInteger asked) {
        return new ObjectProvider<>() {
            @Override
            public T getObject() {
                asked.incrementAndGet();
                throw new IllegalStateException("asked");
            }
        };
    }

    @Test
    void the_object_mapper_is_asked_for_only_when_the_page_is() {
        AtomicInteger welcome = new AtomicInteger();
        AtomicInteger mappers = new AtomicInteger();
        ObjectProvider<SwaggerWelcomeCommon> welcomes = counting(welcome);
        ObjectProvider<ObjectMapperProvider> mapperProviders = counting(mappers);

        SwaggerIndexTransformer transformer = new SwaggerIndexLater().swaggerIndexTransformer(
                new SwaggerUiConfigProperties(), new SwaggerUiOAuthProperties(), welcomes, mapperProviders);
        assertThat(welcome).hasValue(0);
        assertThat(mappers).hasValue(0);

        // The made-up providers refuse: what matters is that they are asked now.
        assertThatThrownBy(() -> transformer.transform(null, null, null)).hasMessage("asked");
        assertThat(welcome.get() + mappers.get()).isPositive();
    }
}
