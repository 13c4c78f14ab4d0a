package app.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The routine rules never read a movement's words: over a catalog whose movements also have Spanish words (named
 * so that their alphabetical order is the reverse of the English), built while a Spanish page is being served,
 * every routine has the same movements in the same order with the same doses as over the English-only catalog.
 */
class RoutinesAcrossLanguagesTest {

    @AfterEach
    void noLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** Each movement with Spanish words: "zz…" names in the reverse order, one step fewer words, no cues. */
    private static List<Movement> withSpanish(List<Movement> movements) {
        List<Movement> translated = new ArrayList<>();
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            String name = "zz" + (char) ('z' - i % 26) + " " + m.slug();
            Movement.Text es = new Movement.Text(name, "Resumen", "Se nota", m.steps().stream()
                    .map(s -> "Paso").toList(), m.cautions(), m.cues(), m.sourcesDiffer(), m.variations(),
                    m.sources());
            translated.add(new Movement(m.id(), m.slug(), m.name(), m.summary(), m.block(), m.style(), m.position(),
                    m.feelIt(), m.dosage(), m.steps(), m.equipment(), m.areas(), m.muscles(), m.slots(),
                    m.cautions(), m.excludedBy(), m.variations(), m.sources(), m.sourcesDiffer(), m.sortOrder(),
                    m.direction(), m.pace(), m.cues(), Map.of("es", es)));
        }
        return translated;
    }

    private static List<String> shape(Routine routine) {
        return routine.items().stream().map(i -> i.movement().slug() + " " + i.dose() + " " + i.seconds()).toList();
    }

    @Test
    void the_same_choices_give_the_same_routine_in_every_language() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        RoutineBuilder english = Rules.builder(Movements.catalog());
        RoutineBuilder bilingual = Rules.builder(withSpanish(Movements.catalog()));
        assertThat(bilingual.build(RoutineBuilderTest.request(Slot.MORNING, 10, Place.HOME,
                RoutineBuilderTest.NOTHING)).items().get(0).movement().name()).startsWith("zz");
        int compared = 0;
        for (Slot slot : Slot.values()) {
            for (Place place : Place.values()) {
                for (Set<Equipment> equipment : List.of(RoutineBuilderTest.NOTHING, RoutineBuilderTest.EVERYTHING)) {
                    for (int minutes : List.of(5, 10, 20, 45)) {
                        RoutineRequest request = RoutineBuilderTest.request(slot, minutes, place, equipment);
                        assertThat(shape(bilingual.build(request))).as(request.toString())
                                .isEqualTo(shape(english.build(request)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
    }
}
