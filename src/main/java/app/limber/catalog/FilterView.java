package app.limber.catalog;

import app.limber.system.EnumParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the filter form needs: each facet's options with their URL value, message key and whether they are
 * checked, plus the active filters as removable chips whose links keep every other filter.
 */
record FilterView(List<Facet> facets, List<Chip> active) {

    record Option(String value, String labelKey, boolean checked) {
    }

    record Facet(String param, String labelKey, List<Option> options) {
    }

    record Chip(String labelKey, String removeUrl) {
    }

    static FilterView of(CatalogQuery query) {
        List<Facet> facets = List.of(
                facet("block", "catalog.filter.block", Block.class, "block.", query.blocks()),
                facet("position", "catalog.filter.position", BodyPosition.class, "position.", query.positions()),
                equipmentFacet(query),
                facet("area", "catalog.filter.area", Area.class, "area.", query.areas()),
                facet("slot", "catalog.filter.slot", Slot.class, "slot.", query.slots()));
        List<Chip> chips = new ArrayList<>();
        for (Facet facet : facets) {
            for (Option option : facet.options()) {
                if (option.checked()) {
                    chips.add(new Chip(option.labelKey(), urlWithout(facets, query.text(), facet.param(),
                            option.value())));
                }
            }
        }
        return new FilterView(facets, chips);
    }

    private static <E extends Enum<E>> Facet facet(String param, String labelKey, Class<E> type, String prefix,
                                                   java.util.Set<E> checked) {
        List<Option> options = Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(EnumParams.toParam(e), prefix + e.name(), checked.contains(e)))
                .toList();
        return new Facet(param, labelKey, options);
    }

    private static Facet equipmentFacet(CatalogQuery query) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("none", "equipment.NONE", query.noEquipment()));
        options.addAll(facet("equipment", "", Equipment.class, "equipment.", query.equipment()).options());
        return new Facet("equipment", "catalog.filter.equipment", options);
    }

    /** The catalog URL with every current filter except one value. */
    private static String urlWithout(List<Facet> facets, String text, String param, String value) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/stretches");
        for (Facet facet : facets) {
            for (Option option : facet.options()) {
                if (option.checked() && !(facet.param().equals(param) && option.value().equals(value))) {
                    url.queryParam(facet.param(), option.value());
                }
            }
        }
        if (!text.isEmpty()) {
            url.queryParam("q", text);
        }
        return url.encode().build().toUriString();
    }
}
