package app.limber.catalog;

import app.limber.system.cache.CachedPage;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The articles' general guidance: safety (red flags, when to stop, when to see someone) and good habits. */
@Controller
class GuideController {

    static final EnumSet<Topic> SAFETY_TOPICS =
            EnumSet.of(Topic.STOP_SIGNS, Topic.RED_FLAGS, Topic.SERIOUS_CAUSES, Topic.PROFESSIONAL);

    private final Catalog catalog;
    GuideController(Catalog catalog) {
        this.catalog = catalog;
    }

    @CachedPage
    @GetMapping("/safety")
    String safety(Locale locale, Model model) {
        model.addAttribute("topics", byTopic(catalog.guidance(SAFETY_TOPICS, locale)));
        return "catalog/safety";
    }

    @CachedPage
    @GetMapping("/guide")
    String guide(Locale locale, Model model) {
        model.addAttribute("topics", byTopic(catalog.guidance(EnumSet.complementOf(SAFETY_TOPICS), locale)));
        model.addAttribute("articles", catalog.articles());
        return "catalog/guide";
    }

    private static Map<Topic, List<Guidance>> byTopic(List<Guidance> guidance) {
        return guidance.stream().collect(Collectors.groupingBy(Guidance::topic, TreeMap::new, Collectors.toList()));
    }
}
