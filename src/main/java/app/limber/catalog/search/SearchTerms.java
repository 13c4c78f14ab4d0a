package app.limber.catalog.search;

import app.limber.catalog.Area;
import app.limber.catalog.Movement;
import app.limber.catalog.Muscle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The other words people use for what the catalog names: a movement's other names ({@code search.movement.<slug>}),
 * a muscle's short forms ({@code search.muscle.<MUSCLE>}) and an area's other names ({@code search.area.<AREA>}),
 * each a comma-separated list in the messages, next to the labels they extend. Muscles and areas also answer to
 * their own labels ({@code muscle.*}, {@code area.*}), so the words the page shows always find.
 */
public record SearchTerms(Map<String, List<String>> movements, Map<Muscle, List<String>> muscles,
                          Map<Area, List<String>> areas) {

    static final String MOVEMENT_PREFIX = "search.movement.";
    static final String MUSCLE_PREFIX = "search.muscle.";
    static final String AREA_PREFIX = "search.area.";

    public SearchTerms {
        movements = Map.copyOf(movements);
        muscles = Map.copyOf(muscles);
        areas = Map.copyOf(areas);
    }

    /** No other words at all: names, labels and text only. */
    public static SearchTerms none() {
        return new SearchTerms(Map.of(), Map.of(), Map.of());
    }

    /** The terms in the messages for these movements, muscles and areas. */
    public static SearchTerms from(MessageSource messages, Locale locale, List<Movement> catalog) {
        Map<String, List<String>> movements = new HashMap<>();
        for (Movement m : catalog) {
            movements.put(m.slug(), list(messages.getMessage(MOVEMENT_PREFIX + m.slug(), null, "", locale)));
        }
        Map<Muscle, List<String>> muscles = new EnumMap<>(Muscle.class);
        for (Muscle muscle : Muscle.values()) {
            muscles.put(muscle, concat(messages.getMessage("muscle." + muscle.name(), null, "", locale),
                    messages.getMessage(MUSCLE_PREFIX + muscle.name(), null, "", locale)));
        }
        Map<Area, List<String>> areas = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            areas.put(area, concat(messages.getMessage("area." + area.name(), null, "", locale),
                    messages.getMessage(AREA_PREFIX + area.name(), null, "", locale)));
        }
        return new SearchTerms(movements, muscles, areas);
    }

    private static List<String> concat(String label, String more) {
        return java.util.stream.Stream.concat(list(label).stream(), list(more).stream()).toList();
    }

    /** A comma-separated list, blanks dropped. */
    static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
