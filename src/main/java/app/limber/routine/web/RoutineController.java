package app.limber.routine.web;

import app.limber.catalog.Slot;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotCharacter;
import app.limber.routine.form.DayInputs;
import app.limber.routine.form.RoutineInputs;
import app.limber.system.FormBinder;
import app.limber.system.UserClock;
import app.limber.system.cache.CachedPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The routine form, a generated routine at a bookmarkable URL, and the day's three sessions. */
@Controller
class RoutineController {

    private final RoutineBuilder builder;
    private final FormBinder forms;
    private final Clock clock;

    RoutineController(RoutineBuilder builder, FormBinder forms, Clock clock) {
        this.builder = builder;
        this.forms = forms;
        this.clock = clock;
    }

    // Not shared with proxies: the default time of day and date are the visitor's (their zone's cookie).
    @CachedPage(shared = false)
    @GetMapping("/routines/new")
    ModelAndView form(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        FormBinder.Bound<RoutineInputs> bound = forms.bind(RoutineInputs.class, RoutineInputs.NAME, params);
        Clock clock = UserClock.of(this.clock, request);
        if (!bound.ok()) {
            return RoutinePageModel.formWithErrors(params, bound.errors(), clock);
        }
        ModelAndView page = new ModelAndView("routine/new");
        page.addObject("form", FormView.of(bound.form().request(clock), bound.form().date() != null));
        RoutinePageModel.addErrors(page, bound.errors());
        return page;
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/generate")
    ModelAndView generate(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        FormBinder.Bound<RoutineInputs> bound = forms.bind(RoutineInputs.class, RoutineInputs.NAME, params);
        Clock clock = UserClock.of(this.clock, request);
        if (!bound.ok()) {
            return RoutinePageModel.formWithErrors(params, bound.errors(), clock);
        }
        ModelAndView page = new ModelAndView("routine/show");
        RoutinePageModel.addRoutine(page, builder.build(bound.form().request(clock)), bound.form());
        page.addObject("name", "");
        return page;
    }

    /**
     * The day's three sessions and the form that adjusts them as a day: minutes and place per time of day, the
     * equipment and cautions they share. A bad value shows the form again with what was wrong (400).
     */
    @CachedPage(shared = false)
    @GetMapping("/today")
    ModelAndView today(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        FormBinder.Bound<DayInputs> bound = forms.bind(DayInputs.class, DayInputs.NAME, params);
        if (!bound.ok()) {
            ModelAndView page = new ModelAndView("routine/today");
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("todayForm", TodayForm.of(params, bound.errors()));
            page.addObject("sessions", Map.of());
            RoutinePageModel.addErrors(page, bound.errors());
            return page;
        }
        Clock clock = UserClock.of(this.clock, request);
        DayInputs day = bound.form();
        RoutineRequest inputs = day.forSlot(null, day.date()).request(clock);
        DayInputs dated = day.withDate(inputs.date());
        Map<Slot, Session> sessions = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            RoutineInputs session = RoutineInputs.of(dated.forSlot(slot, inputs.date()).request(clock));
            sessions.put(slot, new Session(builder.build(session.request(clock)),
                    session.link("/routines/generate"), session.link("/routines/generate/follow"),
                    session.link("/routines/generate/sheet")));
        }
        ModelAndView page = new ModelAndView("routine/today");
        page.addObject("date", inputs.date());
        page.addObject("zone", clock.getZone().getId());
        page.addObject("sessions", sessions);
        page.addObject("todayForm", TodayForm.of(day));
        page.addObject("weekUrl", dated.link("/plan/week"));
        page.addObject("remindersUrl", dated.link("/plan/reminders"));
        RoutinePageModel.addErrors(page, bound.errors());
        return page;
    }

    /** One session of the daily plan with the links to its page, its player and its print sheet. */
    record Session(Routine routine, String url, String followUrl, String sheetUrl) {
    }
}
