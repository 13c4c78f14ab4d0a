package app.limber.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One-line text without control characters ({@link ControlCharacters}); no text is fine. */
@Constraint(validatedBy = NoControlCharacters.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface NoControlCharacters {

    String message() default "{form.error.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoControlCharacters, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return !ControlCharacters.in(text);
        }
    }
}
