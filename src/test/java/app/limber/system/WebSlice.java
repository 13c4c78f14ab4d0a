package app.limber.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * The one set-up of a web slice: {@code @WebMvcTest} for the named controllers, with what every slice picks up
 * from the app (its WebMvcConfigurers, filters and advice: the client limits, the page cache, the CSRF token
 * before rendering) given the real plain-Java collaborators they need, the app's security chain, and the form
 * binder. No database: a slice's own collaborators come from its own {@code @Import} or test configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({SecurityConfig.class, ClientLimits.class, CsrfTokens.class, ClockConfig.class, FormBinder.class,
        SliceBeans.class})
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
