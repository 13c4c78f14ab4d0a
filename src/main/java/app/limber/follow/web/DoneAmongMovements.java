package app.limber.follow.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** Every movement marked done is one of the session's movements; the violation points at the first that is not. */
@Constraint(validatedBy = DoneAmongMovements.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface DoneAmongMovements {

    String message() default "{history.invalid.done}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DoneAmongMovements, LogForm> {

        @Override
        public boolean isValid(LogForm form, ConstraintValidatorContext context) {
            List<String> done = form.done();
            for (int i = 0; i < done.size(); i++) {
                if (!form.movement().contains(done.get(i))) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("done").addContainerElementNode("<list element>", List.class, 0)
                            .inIterable().atIndex(i).addConstraintViolation();
                    return false;
                }
            }
            return true;
        }
    }
}
