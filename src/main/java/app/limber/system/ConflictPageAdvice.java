package app.limber.system;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two changes to the same thing at the same moment: edits of a saved routine wait for each other (a row lock),
 * so this is the rare case where one could not wait (a lock timeout, a version that moved on). Nothing was
 * changed by this request; the page says so and asks to reload, with a 409 instead of a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class ConflictPageAdvice {

    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView conflict() {
        return ErrorPageAdvice.page(HttpStatus.CONFLICT, null);
    }
}
