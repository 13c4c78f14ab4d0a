package app.limber.follow.web;

import app.limber.follow.FollowText;
import app.limber.follow.PlayerPlan;
import app.limber.routine.MovementBreak;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.system.cache.CachedPage;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow page of any routine: {@code /routines/generate/follow?<the generate query>} and
 * {@code /routines/{token}/follow}, and the workday movement break a reminder opens, {@code /routines/break/follow}
 * ({@link MovementBreak}; its own page is the reminders' {@code /reminders/break}). Without JavaScript it is the
 * ordered list of steps; player.js turns it into the guided player.
 */
@Controller
class FollowController {

    /** The movement break's own page, where the player's back link and a logged break lead (see RoutineLink). */
    static final String BREAK_PAGE = "/reminders/break";

    private final RoutineLookup routines;
    private final RoutineBuilder catalog;
    private final MessageSource messages;
    private final FollowText text;
    private final HistorySettings settings;
    private final PlayerSpeed speed;

    FollowController(RoutineLookup routines, RoutineBuilder catalog, MessageSource messages, FollowText text,
                     HistorySettings settings, ObjectProvider<PlayerSpeed> speed) {
        this.routines = routines;
        this.catalog = catalog;
        this.messages = messages;
        this.text = text;
        this.settings = settings;
        // Real time unless a test declares a faster clock (see PlayerSpeed).
        this.speed = speed.getIfAvailable(() -> PlayerSpeed.REAL_TIME);
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/generate/follow")
    String generated(@RequestParam MultiValueMap<String, String> params, Model model) {
        return page(routines.generated(params), model);
    }

    @CachedPage(shared = false)
    @GetMapping("/routines/{token}/follow")
    String saved(@PathVariable String token, Model model) {
        return page(routines.saved(token), model);
    }

    /** A fixed one-to-two-minute break with no inputs; any query is ignored, as on every page without a form. */
    @CachedPage(shared = false)
    @GetMapping("/routines/break/follow")
    String movementBreak(Model model, Locale locale) {
        return page(MovementBreak.routine(catalog::find), messages.getMessage("follow.break.name", null, locale),
                BREAK_PAGE, model);
    }

    private String page(RoutineRef ref, Model model) {
        return page(ref.routine(), text.routineName(ref), ref.pagePath(), model);
    }

    /** The player over a routine: its name, and the page it hangs from (the back link and the logged link). */
    private String page(Routine routine, String name, String pagePath, Model model) {
        PlayerPlan plan = PlayerPlan.of(routine);
        model.addAttribute("pagePath", pagePath);
        model.addAttribute("plan", plan);
        model.addAttribute("routineName", name);
        model.addAttribute("slot", routine.request().slot().name().toLowerCase(Locale.ROOT));
        model.addAttribute("speed", speed.attribute());
        model.addAttribute("defaultZone", settings.defaultZone().getId());
        model.addAttribute("scripts", List.of("/js/player-timing.js", "/js/player.js"));
        return "follow/player";
    }
}
