package app.limber.routine.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Routine pages carry POST forms (save, adjust), whose CSRF token lives in the session. Spring Security creates
 * it lazily, which on a long page can be after the response has started and it is too late to set a cookie;
 * asking for the token before rendering creates it in time.
 */
@ControllerAdvice(assignableTypes = {RoutineController.class, SavedRoutineController.class})
class CsrfTokenAdvice {

    @ModelAttribute
    void loadCsrfToken(CsrfToken token) {
        if (token != null) {
            token.getToken();
        }
    }
}
