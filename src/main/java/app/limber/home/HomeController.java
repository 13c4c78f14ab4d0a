package app.limber.home;

import app.limber.catalog.Catalog;
import app.limber.system.cache.CachedPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Limber offers and the way in. */
@Controller
class HomeController {

    private final Catalog catalog;

    HomeController(Catalog catalog) {
        this.catalog = catalog;
    }

    @CachedPage
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("movementCount", catalog.movements().size());
        return "home";
    }
}
