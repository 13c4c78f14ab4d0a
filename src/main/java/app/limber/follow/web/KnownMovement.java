package app.limber.follow.web;

import app.limber.routine.RoutineBuilder;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The slug of a movement in the catalog. The check is made by Spring's validator, which hands it the routine
 * builder: plain Java over every catalog movement, so a web slice can give it a small catalog without a database.
 */
@Constraint(validatedBy = KnownMovement.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@interface KnownMovement {

    String message() default "{history.invalid.movement.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownMovement, String> {

        private final RoutineBuilder movements;

        public Check(RoutineBuilder movements) {
            this.movements = movements;
        }

        @Override
        public boolean isValid(String slug, ConstraintValidatorContext context) {
            return slug == null || movements.find(slug).isPresent();
        }
    }
}
