package app.limber.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a form component: the value {@code none} means "nothing chosen", as a select or a hand-written link sends it
 * ({@code equipment=none}), rather than an unknown value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface NoneIsEmpty {
}
