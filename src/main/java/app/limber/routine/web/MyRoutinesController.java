package app.limber.routine.web;

import app.limber.routine.AdjustmentRefused;
import app.limber.routine.RoutineEdits;
import app.limber.routine.saved.MyRoutine;
import app.limber.routine.saved.SavedRoutines;
import app.limber.system.BrowserId;
import app.limber.system.ClientLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My routines: the routines saved in this browser, found through the browser's identifier cookie
 * ({@link BrowserId}, the one the history uses), never a server session, so any instance answers. Rename, delete
 * and its undo are the saving browser's alone; duplicating is open to whoever has the link, and the copy joins
 * the list of the browser that made it. Every change is a POST form with its CSRF token, then a redirect.
 */
@Controller
class MyRoutinesController {

    private final SavedRoutines saved;
    private final MessageSource messages;

    MyRoutinesController(SavedRoutines saved, MessageSource messages) {
        this.saved = saved;
        this.messages = messages;
    }

    @GetMapping("/routines")
    ModelAndView list(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<String> owner = BrowserId.read(request);
        List<MyRoutine> routines = owner.map(saved::mine).orElse(List.of());
        // Renewed only for a browser that has something here: a first visit sets no cookie.
        owner.filter(id -> !routines.isEmpty()).ifPresent(id -> BrowserId.write(id, request, response));
        return page(routines);
    }

    @PostMapping("/routines/{token}/rename")
    ModelAndView rename(@PathVariable String token, @RequestParam(required = false) String name,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
                        Locale locale) {
        String owner = owner(request);
        String renamed;
        try {
            renamed = saved.rename(token, owner, name);
        } catch (AdjustmentRefused e) {
            // Nothing was stored: the list again, with the reason at that routine's name and what was typed.
            ModelAndView page = page(owner == null ? List.of() : saved.mine(owner));
            page.setStatus(HttpStatus.BAD_REQUEST);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            page.addObject("renameToken", token);
            page.addObject("renameValue", typed(name));
            page.addObject("renameError", messages.getMessage(e.messageKey(), e.args(), locale));
            return page;
        }
        redirect.addFlashAttribute("flash", messages.getMessage("mine.flash.renamed", new Object[] {renamed},
                locale));
        return new ModelAndView("redirect:/routines");
    }

    @PostMapping("/routines/{token}/delete")
    ModelAndView delete(@PathVariable String token, HttpServletRequest request, RedirectAttributes redirect,
                        Locale locale) {
        String name = saved.delete(token, owner(request));
        redirect.addFlashAttribute("flash", messages.getMessage("mine.flash.deleted", new Object[] {name}, locale));
        redirect.addFlashAttribute("undoToken", token);
        return new ModelAndView("redirect:/routines");
    }

    @PostMapping("/routines/{token}/restore")
    ModelAndView restore(@PathVariable String token, HttpServletRequest request, RedirectAttributes redirect,
                         Locale locale) {
        String name = saved.restore(token, owner(request));
        redirect.addFlashAttribute("flash", messages.getMessage("mine.flash.restored", new Object[] {name},
                locale));
        return new ModelAndView("redirect:/routines");
    }

    /** A copy under a new link, in this browser's list (a cookie is issued if it has none yet). */
    @PostMapping("/routines/{token}/duplicate")
    @ClientLimit(ClientLimit.Kind.SAVED_ROUTINES)
    ModelAndView duplicate(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
                           RedirectAttributes redirect, Locale locale) {
        String original = saved.get(token).name();
        String name = copyName(messages.getMessage("mine.copyName", new Object[] {original}, locale));
        String copy = saved.duplicate(token, BrowserId.readOrIssue(request, response), name);
        redirect.addFlashAttribute("flash", messages.getMessage("mine.flash.duplicated", new Object[] {name},
                locale));
        return new ModelAndView("redirect:/routines/" + copy);
    }

    /** "Name (copy)" within the name's limit: the original's name is shortened, never the word "copy". */
    static String copyName(String named) {
        if (named.length() <= RoutineEdits.NAME_MAX) {
            return named;
        }
        int cut = named.length() - RoutineEdits.NAME_MAX;
        int open = named.lastIndexOf(" (");
        return open > cut ? named.substring(0, open - cut).strip() + named.substring(open)
                : named.substring(0, RoutineEdits.NAME_MAX);
    }

    private ModelAndView page(List<MyRoutine> routines) {
        ModelAndView page = new ModelAndView("routine/mine");
        page.addObject("routines", routines.stream().filter(r -> !r.deleted()).toList());
        page.addObject("deleted", routines.stream().filter(MyRoutine::deleted).toList());
        page.addObject("undoDays", SavedRoutines.UNDO_DAYS.toDays());
        page.addObject("nameMax", RoutineEdits.NAME_MAX);
        return page;
    }

    /** The caller's identifier; without one nothing is its own, which {@link SavedRoutines} answers with a 404. */
    private static String owner(HttpServletRequest request) {
        return BrowserId.read(request).orElse(null);
    }

    private static String typed(String name) {
        String sent = name == null ? "" : name.strip();
        return sent.length() > RoutineEdits.NAME_MAX ? sent.substring(0, RoutineEdits.NAME_MAX) : sent;
    }
}
