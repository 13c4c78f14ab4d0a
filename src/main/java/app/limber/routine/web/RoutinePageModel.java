package app.limber.routine.web;

import app.limber.catalog.Slot;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineRequest;
import app.limber.routine.SlotDefaults;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the routine pages put in their model, shared by the pages that show a generated routine (the routine page,
 * and the save form when its name is refused) so that no controller calls another.
 */
final class RoutinePageModel {

    private RoutinePageModel() {
    }

    /** Each field's first error, in the reader's language. */
    static Map<String, String> resolve(Errors errors, MessageSource messages, Locale locale) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            resolved.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return resolved;
    }

    /** Everything the routine page needs besides the routine: its links and the save form's hidden inputs. */
    static void addRoutine(ModelAndView page, Routine routine, RoutineForm form) {
        RoutineRequest request = routine.request();
        page.addObject("routine", routine);
        page.addObject("low", RoutineBuilder.lowSeconds(request.minutes()));
        page.addObject("high", RoutineBuilder.highSeconds(request.minutes()));
        page.addObject("shuffleUrl", RoutineInputs.link("/routines/generate",
                request.withShuffle((request.shuffle() + 1) % (RoutineInputs.MAX_SHUFFLE + 1))));
        page.addObject("changeUrl", RoutineInputs.link("/routines/new", request));
        page.addObject("jsonUrl", RoutineInputs.link("/api/routines/generate", request));
        page.addObject("todayUrl", RoutineInputs.todayLink(request, !RoutineForm.blank(form.place()),
                !RoutineForm.blank(form.minutes())));
        Map<Slot, String> otherSlots = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            if (slot != request.slot()) {
                RoutineRequest other = SlotDefaults.atOtherSlot(request, slot);
                otherSlots.put(slot, RoutineInputs.link("/routines/generate", other));
            }
        }
        page.addObject("otherSlots", otherSlots);
        page.addObject("hidden", HiddenInput.of(request));
        page.addObject("thisUrl", RoutineInputs.link("/routines/generate", request));
        page.addObject("followUrl", RoutineInputs.link("/routines/generate/follow", request));
        page.addObject("sheetUrl", RoutineInputs.link("/routines/generate/sheet", request));
    }
}
