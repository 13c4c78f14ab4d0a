package app.limber.routine.web;

import app.limber.catalog.Slot;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotDefaults;
import app.limber.system.cache.CachedPage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The routine form, a generated routine at a bookmarkable URL, and the day's three sessions. */
@Controller
class RoutineController {

    private final RoutineBuilder builder;
    private final Clock clock;
    private final MessageSource messages;

    RoutineController(RoutineBuilder builder, Clock clock, MessageSource messages) {
        this.builder = builder;
        this.clock = clock;
        this.messages = messages;
    }

    @CachedPage
    @GetMapping("/routines/new")
    ModelAndView form(RoutineForm form, Locale locale) {
        RoutineInputs.Parsed parsed = RoutineInputs.parse(form, clock);
        if (!parsed.ok()) {
            return formWithErrors(form, parsed.errors(), locale);
        }
        ModelAndView page = new ModelAndView("routine/new");
        page.addObject("form", FormView.of(parsed.request(), !RoutineForm.blank(form.date())));
        page.addObject("errors", Map.of());
        return page;
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/generate")
    ModelAndView generate(RoutineForm form, Locale locale) {
        RoutineInputs.Parsed parsed = RoutineInputs.parse(form, clock);
        if (!parsed.ok()) {
            return formWithErrors(form, parsed.errors(), locale);
        }
        ModelAndView page = new ModelAndView("routine/show");
        RoutinePageModel.addRoutine(page, builder.build(parsed.request()), form);
        page.addObject("name", "");
        return page;
    }

    @CachedPage
    @GetMapping("/today")
    ModelAndView today(RoutineForm form, Locale locale) {
        RoutineForm withoutSlot = new RoutineForm(null, form.minutes(), form.place(), form.equipment(),
                form.caution(), form.focus(), form.date(), null);
        RoutineInputs.Parsed parsed = RoutineInputs.parse(withoutSlot, clock);
        if (!parsed.ok()) {
            return formWithErrors(withoutSlot, parsed.errors(), locale);
        }
        RoutineRequest inputs = parsed.request();
        Map<Slot, Session> sessions = new LinkedHashMap<>();
        boolean placeGiven = !RoutineForm.blank(form.place());
        boolean minutesGiven = !RoutineForm.blank(form.minutes());
        for (Slot slot : Slot.values()) {
            RoutineRequest request = SlotDefaults.session(inputs, slot, minutesGiven, placeGiven);
            sessions.put(slot, new Session(builder.build(request), RoutineInputs.link("/routines/generate", request),
                    RoutineInputs.link("/routines/generate/follow", request),
                    RoutineInputs.link("/routines/generate/sheet", request)));
        }
        ModelAndView page = new ModelAndView("routine/today");
        page.addObject("date", inputs.date());
        page.addObject("sessions", sessions);
        page.addObject("inputs", inputs);
        page.addObject("changeUrl", RoutineInputs.link("/routines/new", inputs));
        page.addObject("weekUrl", RoutineInputs.dayLink("/plan/week", inputs, placeGiven, minutesGiven));
        page.addObject("remindersUrl", RoutineInputs.dayLink("/plan/reminders", inputs, placeGiven, minutesGiven));
        return page;
    }

    /** One session of the daily plan with the links to its page, its player and its print sheet. */
    record Session(Routine routine, String url, String followUrl, String sheetUrl) {
    }

    private ModelAndView formWithErrors(RoutineForm form, Errors errors, Locale locale) {
        ModelAndView page = new ModelAndView("routine/new");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("form", FormView.of(form));
        page.addObject("errors", RoutinePageModel.resolve(errors, messages, locale));
        return page;
    }
}
