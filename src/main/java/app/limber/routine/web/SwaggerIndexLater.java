package app.limber.routine.web;

import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * The Swagger UI page's set-up script, written on the page's first request instead of at start-up. Springdoc's own
 * transformer is made with springdoc's object mapper, which swagger-core builds with Jackson 2: a mapper made on
 * the main thread and kept for the life of the process, in every start, for a page most servers never show. It
 * stands in for springdoc's (which is made only where no other is) and builds that same transformer when first used.
 *
 * <p>Only where springdoc makes the page at all: an operator who turns the API description or Swagger UI off
 * (the two switches springdoc's own UI configuration obeys) removes the beans this one needs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = {"springdoc.api-docs.enabled", "springdoc.swagger-ui.enabled"},
        matchIfMissing = true)
class SwaggerIndexLater {

    @Bean
    SwaggerIndexTransformer swaggerIndexTransformer(SwaggerUiConfigProperties ui, SwaggerUiOAuthProperties oauth,
            SwaggerWelcomeCommon welcome, ObjectProvider<ObjectMapperProvider> mappers) {
        SingletonSupplier<SwaggerIndexTransformer> made = SingletonSupplier.of(
                () -> new SwaggerIndexPageTransformer(ui, oauth, welcome, mappers.getObject()));
        return (request, resource, chain) -> made.obtain().transform(request, resource, chain);
    }
}
