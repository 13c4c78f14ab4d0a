package app.limber.routine.web;

import app.limber.routine.AdjustmentRefused;
import app.limber.routine.DoseBounds;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineEdits;
import app.limber.routine.RoutineRequest;
import app.limber.routine.form.AddEdit;
import app.limber.routine.form.DoseEdit;
import app.limber.routine.form.RoutineInputs;
import app.limber.routine.form.SaveName;
import app.limber.routine.form.SwapEdit;
import app.limber.system.FormBinder;
import app.limber.routine.saved.SavedRoutine;
import app.limber.routine.saved.SavedRoutines;
import app.limber.catalog.Movement;
import app.limber.system.BrowserId;
import app.limber.system.ClientLimit;
import app.limber.system.UserClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import app.limber.system.cache.CachedPage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving a generated routine under a name, and adjusting the saved copy. Every change is a POST form (with its
 * CSRF token) that redirects back with a message; a change that breaks a rule comes back as the page with a 400
 * and the reason, and nothing is stored.
 */
@Controller
class SavedRoutineController {

    private final SavedRoutines saved;
    private final RoutineBuilder builder;
    private final RoutineEdits edits;
    private final FormBinder forms;
    private final Clock clock;
    private final MessageSource messages;

    SavedRoutineController(SavedRoutines saved, RoutineBuilder builder, RoutineEdits edits, FormBinder forms,
                           Clock clock, MessageSource messages) {
        this.saved = saved;
        this.builder = builder;
        this.edits = edits;
        this.forms = forms;
        this.clock = clock;
        this.messages = messages;
    }

    @PostMapping("/routines")
    @ClientLimit(ClientLimit.Kind.SAVED_ROUTINES)
    ModelAndView save(@RequestParam MultiValueMap<String, String> params, HttpServletRequest httpRequest,
                      HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        FormBinder.Bound<RoutineInputs> bound = forms.bind(RoutineInputs.class, RoutineInputs.NAME, params);
        if (!bound.ok()) {
            return RoutinePageModel.formWithErrors(params, bound.errors(), UserClock.of(clock, httpRequest));
        }
        RoutineRequest request = bound.form().request(clock);
        FormBinder.Bound<SaveName> named = forms.bind(SaveName.class, SaveName.NAME, params);
        if (!named.ok()) {
            ModelAndView page = new ModelAndView("routine/show");
            page.setStatus(HttpStatus.BAD_REQUEST);
            RoutinePageModel.addRoutine(page, builder.build(request), bound.form());
            String sent = params.getFirst("name") == null ? "" : params.getFirst("name").strip();
            page.addObject("name", sent.length() > RoutineEdits.NAME_MAX
                    ? sent.substring(0, RoutineEdits.NAME_MAX) : sent);
            RoutinePageModel.addErrors(page, named.errors());
            return page;
        }
        String name = named.form().name();
        // Kept in this browser's list (My routines): its identifier cookie is issued now if it has none.
        String token = saved.save(name, request, BrowserId.readOrIssue(httpRequest, response));
        redirect.addFlashAttribute("flash", messages.getMessage("routine.flash.saved", new Object[] {name},
                locale));
        return new ModelAndView("redirect:/routines/" + token);
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/{token}")
    ModelAndView show(@PathVariable String token) {
        return page(saved.get(token), null);
    }

    @PostMapping("/routines/{token}/items/{slug}/up")
    ModelAndView up(@PathVariable String token, @PathVariable String slug, RedirectAttributes redirect,
                    Locale locale) {
        return change(token, done(() -> saved.move(token, slug, -1), "routine.flash.moved"), item(slug), redirect,
                locale);
    }

    @PostMapping("/routines/{token}/items/{slug}/down")
    ModelAndView down(@PathVariable String token, @PathVariable String slug, RedirectAttributes redirect,
                      Locale locale) {
        return change(token, done(() -> saved.move(token, slug, 1), "routine.flash.moved"), item(slug), redirect,
                locale);
    }

    @PostMapping("/routines/{token}/items/{slug}/remove")
    ModelAndView remove(@PathVariable String token, @PathVariable String slug, RedirectAttributes redirect,
                        Locale locale) {
        // The movement is gone: back to its block.
        String block = builder.find(slug).map(m -> "block-" + m.block()).orElse("main");
        return change(token, done(() -> saved.remove(token, slug), "routine.flash.removed"), block, redirect,
                locale);
    }

    @PostMapping("/routines/{token}/items/{slug}/swap")
    ModelAndView swap(@PathVariable String token, @PathVariable String slug,
                      @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect, Locale locale) {
        SwapEdit edit = forms.bind(SwapEdit.class, SwapEdit.NAME, params).form();
        return change(token, done(() -> saved.swap(token, slug, edit.with()), "routine.flash.swapped"),
                item(edit.with()), redirect, locale);
    }

    @PostMapping("/routines/{token}/items/{slug}/dose")
    ModelAndView dose(@PathVariable String token, @PathVariable String slug,
                      @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect, Locale locale) {
        FormBinder.Bound<DoseEdit> bound = forms.bind(DoseEdit.class, DoseEdit.NAME, params);
        if (!bound.ok()) {
            return refused(token, messages.getMessage(bound.errors().getFieldErrors().get(0), locale));
        }
        DoseEdit edit = bound.form();
        return change(token, () -> saved.dose(token, slug, edit.hold(), edit.reps(), edit.sets(), edit.duration())
                ? "routine.flash.dose" : "routine.flash.doseUnchanged", item(slug), redirect, locale);
    }

    @PostMapping("/routines/{token}/items")
    ModelAndView add(@PathVariable String token, @RequestParam MultiValueMap<String, String> params,
                     RedirectAttributes redirect, Locale locale) {
        AddEdit edit = forms.bind(AddEdit.class, AddEdit.NAME, params).form();
        return change(token, done(() -> saved.add(token, edit.slug()), "routine.flash.added"), item(edit.slug()),
                redirect, locale);
    }

    /**
     * Runs an edit that returns the key of its flash message, then redirects back to the routine; a refused edit
     * comes back as the page with a 400 and the reason. The redirect lands on {@code anchor}, an id of the page. The routine is read for the page only after a refusal
     * (which changed nothing): an edit that succeeds loads it once, locked, inside the edit. An unknown token is a
     * 404 either way, from the edit's own load or from this one.
     */
    private ModelAndView change(String token, Supplier<String> edit, String anchor, RedirectAttributes redirect,
                                Locale locale) {
        String doneKey;
        try {
            doneKey = edit.get();
        } catch (AdjustmentRefused e) {
            return refused(token, messages.getMessage(e.messageKey(), e.args(), locale));
        }
        redirect.addFlashAttribute("flash", messages.getMessage(doneKey, null, locale));
        return new ModelAndView("redirect:/routines/" + token + "#" + anchor);
    }

    /**
     * The id of a movement's entry on the saved page ({@code item-} and its slug): an edit lands back on the
     * movement it changed instead of the top of a long page. A slug is letters, digits and hyphens, and a
     * made-up one only names an id the page does not have.
     */
    static String item(String slug) {
        return slug == null || !slug.matches("[a-z0-9-]{1,80}") ? "main" : "item-" + slug;
    }

    /** The routine's page with a 400 and the reason nothing changed. */
    private ModelAndView refused(String token, String reason) {
        ModelAndView page = page(saved.get(token), reason);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private static Supplier<String> done(Runnable edit, String doneKey) {
        return () -> {
            edit.run();
            return doneKey;
        };
    }

    private ModelAndView page(SavedRoutine routine, String refusal) {
        ModelAndView page = new ModelAndView("routine/saved");
        page.addObject("saved", routine);
        page.addObject("routine", routine.routine());
        page.addObject("refusal", refusal);
        Map<String, List<Movement>> alternatives = new LinkedHashMap<>();
        routine.routine().items().forEach(i -> alternatives.put(i.movement().slug(),
                edits.alternatives(routine.routine(), routine.missingSlugs(), i.movement().slug())));
        page.addObject("alternatives", alternatives);
        page.addObject("addable", edits.addable(routine.routine(), routine.missingSlugs()));
        page.addObject("low", RoutineBuilder.lowSeconds(routine.routine().request().minutes()));
        page.addObject("high", RoutineBuilder.highSeconds(routine.routine().request().minutes()));
        page.addObject("generatedUrl", RoutineInputs.of(routine.routine().request()).link("/routines/generate"));
        Map<String, DoseBounds> bounds = new LinkedHashMap<>();
        routine.routine().items().forEach(i -> bounds.put(i.movement().slug(),
                edits.bounds(i.movement(), i.dose(), routine.routine().request().slot())));
        page.addObject("bounds", bounds);
        return page;
    }
}
