package app.limber.follow.web;

import app.limber.follow.FollowText;
import app.limber.follow.PlayerPlan;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.system.cache.CachedPage;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow page of any routine: {@code /routines/generate/follow?<the generate query>} and
 * {@code /routines/{token}/follow}. Without JavaScript it is the ordered list of steps; player.js turns it into
 * the guided player.
 */
@Controller
class FollowController {

    private final RoutineLookup routines;
    private final FollowText text;
    private final HistorySettings settings;
    private final PlayerSpeed speed;

    FollowController(RoutineLookup routines, FollowText text, HistorySettings settings,
                     ObjectProvider<PlayerSpeed> speed) {
        this.routines = routines;
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

    private String page(RoutineRef ref, Model model) {
        PlayerPlan plan = PlayerPlan.of(ref.routine());
        model.addAttribute("ref", ref);
        model.addAttribute("plan", plan);
        model.addAttribute("routineName", text.routineName(ref));
        model.addAttribute("slot", ref.routine().request().slot().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("speed", speed.attribute());
        model.addAttribute("defaultZone", settings.defaultZone().getId());
        model.addAttribute("scripts", List.of("/js/player-timing.js", "/js/player.js"));
        return "follow/player";
    }
}
