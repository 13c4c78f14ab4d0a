package app.limber.routine.form;

import app.limber.routine.PlanDates;
import app.limber.system.Bounds;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A day a routine can be planned for ({@link PlanDates}); no date (today) is fine. */
@Constraint(validatedBy = PlanDate.Check.class)
@Bounds({PlanDates.FIRST_TEXT, PlanDates.LAST_TEXT})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface PlanDate {

    String message() default "{form.error.dateRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlanDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || PlanDates.plausible(date);
        }
    }
}
