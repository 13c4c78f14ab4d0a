package app.limber.routine.web;

import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * The Swagger UI page's set-up script, written on the page's first request instead of at start-up. Springdoc's own
 * transformer is made with springdoc's object mapper, which swagger-core builds with Jackson 2: a mapper made on
 * the main thread and kept for the life of the process, in every start, for a page most servers never show. It
 * stands in for springdoc's (which is made only where no other is) and builds that same transformer when first used.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerIndexLater {

    @Bean
    SwaggerIndexTransformer swaggerIndexTransformer(SwaggerUiConfigProperties ui, SwaggerUiOAuthProperties oauth,
            ObjectProvider<SwaggerWelcomeCommon> welcome, ObjectProvider<ObjectMapperProvider> mappers) {
        SingletonSupplier<SwaggerIndexTransformer> made = SingletonSupplier.of(
                () -> new SwaggerIndexPageTransformer(ui, oauth, welcome.getObject(), mappers.getObject()));
        return (request, resource, chain) -> made.obtain().transform(request, resource, chain);
    }
}
