package app.limber.catalog;

import app.limber.catalog.search.CatalogSearch;
import app.limber.catalog.search.MovementSearch;
import app.limber.system.BadRequestException;
import app.limber.system.EnumParams;
import app.limber.system.cache.CachedPage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalog pages: the filterable list and one page per movement. */
@Controller
class CatalogController {

    static final int MAX_SEARCH_LENGTH = 100;

    private final Catalog catalog;
    private final CatalogSearch search;
    private final Citations citations;

    CatalogController(Catalog catalog, CatalogSearch search, Citations citations) {
        this.catalog = catalog;
        this.search = search;
        this.citations = citations;
    }

    @CachedPage
    @GetMapping("/stretches")
    String list(@RequestParam(name = "block", required = false) List<String> block,
                @RequestParam(name = "position", required = false) List<String> position,
                @RequestParam(name = "equipment", required = false) List<String> equipment,
                @RequestParam(name = "area", required = false) List<String> area,
                @RequestParam(name = "slot", required = false) List<String> slot,
                @RequestParam(name = "q", required = false) String q,
                Locale locale, Model model) {
        CatalogQuery query = parse(block, position, equipment, area, slot, q);
        List<Movement> filtered = catalog.filter(query, locale);
        boolean searching = !MovementSearch.blank(query.text());
        List<Movement> found = searching
                ? search.search(query.text(), filtered, locale).stream().map(MovementSearch.Hit::movement).toList()
                : filtered;
        model.addAttribute("query", query);
        model.addAttribute("filters", FilterView.of(query));
        // A search lists its matches best first; browsing lists them by block.
        model.addAttribute("ranked", searching ? found : List.of());
        model.addAttribute("results", searching ? Map.of() : Catalog.byBlock(found));
        model.addAttribute("searching", searching);
        model.addAttribute("matchCount", found.size());
        model.addAttribute("totalCount", catalog.movements().size());
        return "catalog/list";
    }

    @CachedPage
    @GetMapping("/stretches/{slug}")
    String detail(@PathVariable String slug, Locale locale, Model model) {
        Movement movement = catalog.get(slug, locale);
        model.addAttribute("movement", movement);
        // "Called “…”" with the article's name marked as English, escaped here (templates may not build markup).
        model.addAttribute("citedNames", movement.sources().stream().map(Source::nameInArticle).distinct()
                .collect(Collectors.toMap(name -> name, citations::sourceName)));
        return "catalog/detail";
    }

    /** "none" is the no-equipment choice of the equipment facet; every other value must be a known constant. */
    static CatalogQuery parse(List<String> block, List<String> position, List<String> equipment, List<String> area,
                              List<String> slot, String q) {
        boolean noEquipment = equipment != null && equipment.stream().anyMatch("none"::equalsIgnoreCase);
        List<String> equipmentValues = equipment == null ? List.of()
                : equipment.stream().filter(e -> !"none".equalsIgnoreCase(e)).toList();
        if (q != null && q.length() > MAX_SEARCH_LENGTH) {
            throw new BadRequestException("q", q.substring(0, 20) + "…", "error.badRequest.tooLong", "search",
                    MAX_SEARCH_LENGTH);
        }
        Set<Block> blocks = EnumParams.parseAll(Block.class, "block", block);
        Set<BodyPosition> positions = EnumParams.parseAll(BodyPosition.class, "position", position);
        Set<Equipment> equipments = EnumParams.parseAll(Equipment.class, "equipment", equipmentValues);
        Set<Area> areas = EnumParams.parseAll(Area.class, "area", area);
        Set<Slot> slots = EnumParams.parseAll(Slot.class, "slot", slot);
        return new CatalogQuery(blocks, positions, equipments, noEquipment, areas, slots, q);
    }
}
