package app.limber.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a constraint annotation: the two bounds its message quotes as {2} and {3} (a date range, say), for
 * {@link FormBinder}, which quotes a number's {@code @Min} and {@code @Max} the same way.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Bounds {

    String[] value();
}
