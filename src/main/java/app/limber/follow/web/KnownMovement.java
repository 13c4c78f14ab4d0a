package app.limber.follow.web;

import app.limber.catalog.Catalog;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The slug of a movement in the catalog. The check is made by Spring's validator, which hands it the catalog (a
 * validator built without Spring cannot make it).
 */
@Constraint(validatedBy = KnownMovement.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@interface KnownMovement {

    String message() default "{history.invalid.movement.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownMovement, String> {

        private final Catalog catalog;

        public Check(Catalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public boolean isValid(String slug, ConstraintValidatorContext context) {
            return slug == null || catalog.find(slug).isPresent();
        }
    }
}
