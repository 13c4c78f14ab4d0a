package app.limber.routine.web;

import app.limber.routine.saved.SavedRoutineGoneException;
import app.limber.routine.saved.SavedRoutines;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A deleted routine's link, from any page that opens it (the routine, its player, its sheet): a 410 page in the
 * site's layout saying it was deleted, with the way to undo for the browser that saved it. Ahead of the general
 * 404 advice, since the exception is also a not-found.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class GonePageAdvice {

    @ExceptionHandler(SavedRoutineGoneException.class)
    ModelAndView gone() {
        ModelAndView page = new ModelAndView("routine/gone");
        page.setStatus(HttpStatus.GONE);
        page.addObject("status", HttpStatus.GONE.value());
        page.addObject("undoDays", SavedRoutines.UNDO_DAYS.toDays());
        return page;
    }
}
