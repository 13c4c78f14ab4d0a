package app.limber.reminder;

import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import app.limber.system.BadRequestException;
import app.limber.system.FormBinder;
import app.limber.system.cache.CachedPage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import app.limber.system.UserClock;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.LinkedMultiValueMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Workday break reminders: the settings page ({@code /reminders}; the choices stay in the browser, reminders.js
 * runs them), the same schedule as a calendar file ({@code /reminders/workday.ics}) and the movement break's page
 * ({@code /reminders/break}): what the break is, without JavaScript, with a link to follow it in the player (a
 * reminder opens the player itself, {@link BreakLinks#MOVE}).
 */
@Controller
class ReminderController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    /** StretchMed's examples of a movement break: a short walk, a few shoulder rolls; arm circles are the other
     *  standing warm-up move of the catalog. All three are done standing, beside the desk; the player's break
     *  (routine.MovementBreak) is the rolls and the circles, the walk is the way to do it without a screen. */
    static final List<String> BREAK_MOVES = List.of("easy-walk", "shoulder-rolls", "arm-circles");

    private final FormBinder forms;
    private final WorkdayCalendar calendar;
    private final Catalog catalog;
    private final Clock clock;

    ReminderController(FormBinder forms, WorkdayCalendar calendar, Catalog catalog, Clock clock) {
        this.forms = forms;
        this.calendar = calendar;
        this.catalog = catalog;
        this.clock = clock;
    }

    @CachedPage(shared = false)
    @GetMapping("/reminders")
    ModelAndView settings(HttpServletRequest request) {
        WorkdayForm defaults = WorkdayForm.defaults(UserClock.of(clock, request).getZone());
        return page(SettingsView.of(defaults), new MapBindingResult(new java.util.HashMap<>(), WorkdayForm.NAME));
    }

    /** The calendar file; with a bad value, the settings page again with the errors beside their fields (400). */
    @GetMapping("/reminders/workday.ics")
    Object workdayIcs(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                      Locale locale) {
        if (!params.containsKey("zone")) {
            // A bare link (bookmarked, shared) is the default schedule in the user's zone, not a form error.
            params = new LinkedMultiValueMap<>(params);
            params.add("zone", UserClock.of(clock, request).getZone().getId());
        }
        FormBinder.Bound<WorkdayForm> bound = forms.bind(WorkdayForm.class, WorkdayForm.NAME, params);
        if (!bound.ok()) {
            return withErrors(params, bound.errors());
        }
        WorkdayForm form = bound.form();
        WorkdaySchedule schedule;
        String ics;
        try {
            schedule = form.schedule();
            ics = calendar.ics(schedule, form.zone(), LocalDate.now(clock.withZone(form.zone())), locale);
        } catch (BadRequestException e) {
            MapBindingResult errors = bound.errors();
            errors.addError(new FieldError(errors.getObjectName(), e.parameter(), e.value(), true,
                    new String[] {e.messageKey()}, e.args(), null));
            return withErrors(params, errors);
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("limber-workday-breaks.ics").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @CachedPage
    @GetMapping("/reminders/break")
    ModelAndView movementBreak() {
        ModelAndView page = new ModelAndView("reminder/break");
        List<Movement> moves = BREAK_MOVES.stream().map(catalog::find).flatMap(java.util.Optional::stream).toList();
        page.addObject("moves", moves);
        page.addObject("followPath", BreakLinks.MOVE);
        page.addObject("stretchPath", BreakLinks.STRETCH);
        return page;
    }

    private ModelAndView withErrors(MultiValueMap<String, String> params, MapBindingResult errors) {
        ModelAndView page = page(SettingsView.of(params), errors);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView page(SettingsView view, BindingResult errors) {
        ModelAndView page = new ModelAndView("reminder/settings");
        page.addObject("view", view);
        page.addObject("movePath", BreakLinks.MOVE);
        page.addObject("stretchPath", BreakLinks.STRETCH);
        page.addObject("minEvery", WorkdayForm.MIN_EVERY);
        page.addObject("maxEvery", WorkdayForm.MAX_EVERY);
        page.addObject("maxStretch", WorkdayForm.MAX_STRETCH);
        page.addObject("scripts", List.of("/js/reminders-schedule.js", "/js/reminders-settings.js"));
        page.addObject(errors.getObjectName(), errors.getTarget());
        page.addObject(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
        return page;
    }
}
