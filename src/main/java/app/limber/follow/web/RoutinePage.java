package app.limber.follow.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A link to a Limber routine page ({@link RoutineLink#canonical}); a missing link is not one. */
@Constraint(validatedBy = RoutinePage.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@interface RoutinePage {

    String message() default "{history.invalid.routine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<RoutinePage, String> {

        @Override
        public boolean isValid(String link, ConstraintValidatorContext context) {
            return RoutineLink.canonical(link).isPresent();
        }
    }
}
