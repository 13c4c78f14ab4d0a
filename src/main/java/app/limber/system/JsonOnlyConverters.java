package app.limber.system;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON (docs/api.md), never YAML. swagger-core, under springdoc, brings Jackson 2's YAML module, and
 * Spring MVC builds a YAML converter whenever that module is on the class path: the API then answered
 * "Accept: application/yaml" with YAML, undocumented, kept by the page cache under the same key as the JSON (whose
 * key leaves out {@code Accept}; a kept page now goes only to a request that accepts its type), and a second,
 * Jackson 2 object mapper was made on the main thread at every start. Filling the YAML slot with a
 * converter that takes nothing keeps Spring from building one. (Boot's background preinitializer still makes one
 * on its own thread and drops it, so Jackson 2's classes are still loaded.)
 * The API description's YAML ({@code /v3/api-docs.yaml}) is written by springdoc itself and still served.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConverters implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.withYamlConverter(new NoYaml());
    }

    /**
     * Names YAML (Spring checks that a converter in the YAML slot does) but reads and writes nothing, so content
     * negotiation never picks it: a request that accepts only YAML gets a 406.
     */
    static final class NoYaml implements HttpMessageConverter<Object> {

        @Override
        public boolean canRead(Class<?> type, MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(Class<?> type, MediaType mediaType) {
            return false;
        }

        @Override
        public List<MediaType> getSupportedMediaTypes() {
            return List.of(MediaType.APPLICATION_YAML);
        }

        @Override
        public Object read(Class<?> type, HttpInputMessage input) {
            throw new UnsupportedOperationException("Limber reads no YAML");
        }

        @Override
        public void write(Object value, MediaType contentType, HttpOutputMessage output) {
            throw new UnsupportedOperationException("Limber writes no YAML");
        }
    }
}
