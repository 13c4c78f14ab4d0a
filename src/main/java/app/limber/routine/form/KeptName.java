package app.limber.routine.form;

import app.limber.routine.AdjustmentRefused;
import app.limber.routine.RoutineEdits;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A name a routine can be kept under. The rule is {@link RoutineEdits#name}'s; this only asks it, and passes its
 * refusal (key and arguments) on to the form's errors, so the form and the service cannot disagree.
 */
@Constraint(validatedBy = KeptName.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface KeptName {

    String message() default "{routine.error.name}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KeptName, String> {

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            try {
                RoutineEdits.name(name);
                return true;
            } catch (AdjustmentRefused refused) {
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(refused.args())
                        .buildConstraintViolationWithTemplate("{" + refused.messageKey() + "}")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
