package app.limber.routine.web;

import app.limber.catalog.Slot;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotDefaults;
import app.limber.routine.form.DayInputs;
import app.limber.routine.form.RoutineInputs;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the routine pages put in their model, shared by the pages that show a generated routine or the routine form
 * (the routine page, and the save form when its inputs or name are refused) so that no controller calls another.
 */
final class RoutinePageModel {

    private RoutinePageModel() {
    }

    /**
     * The form again with what was sent, the defaults (in the visitor's clock) for what was not, and a message at
     * each bad field (the BindingResult feeds th:errors).
     */
    static ModelAndView formWithErrors(MultiValueMap<String, String> params, BindingResult errors, Clock clock) {
        ModelAndView page = new ModelAndView("routine/new");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("form", FormView.of(params, errors, clock));
        addErrors(page, errors);
        return page;
    }

    /** The form's errors (none on a good form) for the page's th:object and th:errors. */
    static void addErrors(ModelAndView page, BindingResult errors) {
        page.addObject(errors.getObjectName(), errors.getTarget());
        page.addObject(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
    }

    /** Everything the routine page needs besides the routine: its links and the save form's hidden inputs. */
    static void addRoutine(ModelAndView page, Routine routine, RoutineInputs form) {
        RoutineRequest request = routine.request();
        page.addObject("routine", routine);
        page.addObject("low", RoutineBuilder.lowSeconds(request.minutes()));
        page.addObject("high", RoutineBuilder.highSeconds(request.minutes()));
        RoutineInputs inputs = RoutineInputs.of(request);
        page.addObject("shuffleUrl", RoutineInputs.of(
                request.withShuffle((request.shuffle() + 1) % (RoutineInputs.MAX_SHUFFLE + 1))).link("/routines/generate"));
        page.addObject("changeUrl", inputs.link("/routines/new"));
        page.addObject("jsonUrl", inputs.link("/api/routines/generate"));
        // The daily plan keeps the minutes and place only when they were chosen: otherwise each slot has its own.
        page.addObject("todayUrl", new DayInputs(form.minutes(), form.place(), request.equipment(),
                request.cautions(), request.focus(), request.date()).link("/today"));
        Map<Slot, String> otherSlots = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            if (slot != request.slot()) {
                RoutineRequest other = SlotDefaults.atOtherSlot(request, slot);
                otherSlots.put(slot, RoutineInputs.of(other).link("/routines/generate"));
            }
        }
        page.addObject("otherSlots", otherSlots);
        page.addObject("hidden", HiddenInput.of(request));
        page.addObject("thisUrl", inputs.link("/routines/generate"));
        page.addObject("followUrl", inputs.link("/routines/generate/follow"));
        page.addObject("sheetUrl", inputs.link("/routines/generate/sheet"));
    }
}
