package app.limber.sheet;

import static app.limber.catalog.WithCare.withCare;
import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.Catalog;
import app.limber.catalog.Dosage;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import app.limber.routine.Dose;
import app.limber.routine.Place;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRef;
import app.limber.routine.RoutineRequest;
import app.limber.routine.Timing;
import app.limber.routine.saved.SavedRoutines;
import app.limber.system.Pages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Safety on the print sheet: each movement's key form cues and cautions (in the sheet's short form), the pace of its
 * reps in plain words, the stop line, and a heading that tells the true length of a routine shorter than asked; and
 * the one page it all has to fit. Same configuration as the other page tests, so the context is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SheetSafetyTest {

    static final String DAY = "2026-11-21";
    /** Longer than any cue the catalog can hold (300 characters), so every count below is the worst case. */
    static final String LONG_CUE = ("Keep your lower ribs down and your neck long, and move only as far as you can"
            + " control the whole movement without holding your breath. ").repeat(3).strip();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    SavedRoutines savedRoutines;

    @Autowired
    ApplicationContext context;

    String html(String uri) throws Exception {
        return Pages.okUnescaped(mvc, uri);
    }

    byte[] bytes(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    SheetDocuments documents() {
        return SheetParts.of(context).documents(SheetParts.urls("https://limber.example"));
    }

    /** A routine of these movements at these doses, blocks in order, asked for this many minutes. */
    static RoutineRef routine(List<Movement> movements, Function<Movement, Dose> dose, int minutes, String name) {
        Map<Block, List<RoutineItem>> byBlock = new TreeMap<>();
        for (Movement m : movements) {
            Dose d = dose.apply(m);
            byBlock.computeIfAbsent(m.block(), b -> new ArrayList<>())
                    .add(new RoutineItem(m, d, Timing.seconds(m, d), "routine.reason.block." + m.block()));
        }
        List<RoutineBlock> blocks = byBlock.entrySet().stream()
                .map(e -> new RoutineBlock(e.getKey(), e.getValue())).toList();
        RoutineRequest request = new RoutineRequest(Slot.EVENING, minutes, Set.of(), Place.HOME, Set.of(), null,
                LocalDate.parse(DAY), 0);
        return new RoutineRef(new Routine(request, blocks, List.of()), name, name == null ? null : "Zx9_aToken",
                name == null ? "slot=evening&date=" + DAY : "");
    }

    /** The catalog's reps entry and its pace, and a hold entry, each given a cue and a caution of its own. */
    @Test
    void every_movement_prints_its_cues_cautions_and_pace_in_plain_words() {
        Movement reps = catalog.movements().stream().filter(m -> m.pace() != null).findFirst().orElseThrow();
        Movement hold = catalog.movements().stream().filter(m -> m.pace() == null && m.dosage().hasHold())
                .findFirst().orElseThrow();
        List<Movement> movements = List.of(
                withCare(reps, List.of("Test cue: keep the shoulders soft."), List.of("Test caution: small circles.")),
                withCare(hold, List.of("Test cue: ribs down."), List.of()));
        RoutineRef ref = routine(movements, m -> m.pace() != null ? new Dose(null, 10, 1, false, null)
                : new Dose(30, null, 1, false, null), 5, null);

        String text = Pdfs.text(documents().routineSheet(ref, Paper.A4, Locale.UK).bytes());

        String pace = switch (reps.pace().tempo()) {
            case BREATH_LED -> "with your breath, about ";
            case BRISK -> "brisk, ";
            case STEADY -> "slow, ";
        } + reps.pace().secondsPerRep() + " s each";
        assertThat(text).contains("10 reps · " + pace)
                .contains("Take care: Test cue: keep the shoulders soft. Test caution: small circles.")
                .contains("Take care: Test cue: ribs down.")
                .contains("Stop at once if you feel sharp pain")
                .doesNotContain("shortened to fit");
        // The pace belongs to reps: a hold says none.
        // (The block label follows the name, in capitals.)
        assertThat(text).containsOnlyOnce(pace)
                .containsPattern(Pattern.quote(hold.name()) + " [\\p{Lu}-]+ Hold 30 s Feel it:");
    }

    /** The most of this movement's dosage the articles give: its longest line on a sheet. */
    static Dose most(Movement m) {
        Dosage d = m.dosage();
        return new Dose(d.hasHold() ? d.hold().max() : null, d.hasReps() ? d.reps().max() : null, d.sets().max(),
                d.eachSide(), d.timed() ? d.duration().max() : null);
    }

    /**
     * Every count of movements up to 26 fits one page on both papers with the wordiest names, the most of each
     * dose, and more to take care of than a movement can hold; where the room runs out the cautions are kept whole
     * before the cues, and the sheet says so.
     */
    @ParameterizedTest(name = "{0} movements on {1}")
    @CsvSource({"8, A4", "8, LETTER", "12, A4", "12, LETTER", "13, A4", "13, LETTER", "20, A4", "20, LETTER",
            "21, A4", "21, LETTER", "26, A4", "26, LETTER"})
    void the_most_to_take_care_of_still_fits_one_page(int count, Paper paper) {
        List<Movement> wordiest = catalog.movements().stream()
                .sorted(Comparator.comparingInt((Movement m) -> m.name().length() + m.feelIt().length()).reversed())
                .limit(count)
                .map(m -> withCare(m, List.of(LONG_CUE), List.of("Be especially careful if your lower back gives"
                        + " you trouble.", "Keep bony areas off the ball.")))
                .toList();
        assertThat(wordiest).hasSize(count);
        RoutineRef ref = routine(wordiest, SheetSafetyTest::most, 45,
                "Evening wind-down for a stiff upper back after long days at the desk");

        byte[] pdf = documents().routineSheet(ref, paper, Locale.US).bytes();
        Pdfs.keep(pdf, "most-care-" + count + "-" + paper.param() + ".pdf");

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        String text = Pdfs.text(pdf);
        assertThat(text).contains(wordiest.stream().map(Movement::name).toList())
                .contains("cautions ending in … are shortened")
                .contains("Stop at once if you feel sharp pain");
        if (count <= 20) {
            assertThat(text).contains("Take care: Be especially careful if your lower back gives you trouble.")
                    .doesNotContain("Be especially careful if your lower back gives…");
            assertThat(text.split("Take care:", -1)).hasSize(count + 1);
        } else {
            // Past twenty a line each would be a stub: none is printed, and the sheet points to the player.
            assertThat(text).doesNotContain("Take care:");
        }
    }

    /** The real 15- and 30-minute evening sessions at home: one page, with the catalog's own cautions. */
    @ParameterizedTest(name = "{0} min on {1}")
    @CsvSource({"15, a4", "15, letter", "30, a4", "30, letter"})
    void a_15_or_30_minute_session_keeps_its_cautions_on_one_page(int minutes, String paper) throws Exception {
        String query = "slot=evening&minutes=" + minutes + "&place=home&equipment=chair&date=" + DAY;
        String page = html("/routines/generate/sheet?" + query);
        byte[] pdf = bytes("/routines/generate/sheet.pdf?" + query + "&paper=" + paper);

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        String text = Pdfs.text(pdf);
        List<String> care = SheetWebTest.movementNames(page).stream()
                .map(name -> catalog.movements().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow())
                .map(m -> m.cautions().isEmpty() ? String.join(" ", m.cues()) : m.cautions().get(0))
                .filter(c -> !c.isEmpty()).toList();
        assertThat(care).as("the session has movements with cautions").isNotEmpty();
        for (String paragraph : care) {
            // In full where it fits; else whole sentences, the first caution always: its opening words are there.
            String opening = paragraph.substring(0, Math.min(paragraph.length(), 30));
            assertThat(text).contains(opening);
            assertThat(page).containsPattern("Take care:</strong> <span>[^<]*" + Pattern.quote(opening));
        }
        assertThat(text).contains("Stop at once if you feel sharp pain");
    }

    @Test
    void a_generated_routine_shorter_than_asked_says_its_true_length_as_its_title() throws Exception {
        // At a desk in the evening the catalog holds about six minutes, whatever is asked.
        String query = "slot=evening&minutes=30&place=desk&date=" + DAY;
        String page = html("/routines/generate/sheet?" + query);
        String text = Pdfs.text(bytes("/routines/generate/sheet.pdf?" + query));

        assertThat(page).containsPattern("<h1>A \\d+-minute evening session — you asked for 30 minutes</h1>");
        assertThat(text).containsPattern("A \\d+-minute evening session — you asked for 30 minutes");
        assertThat(html("/routines/generate/sheet?slot=evening&minutes=10&place=home&date=" + DAY))
                .contains("<h1>Evening routine</h1>").doesNotContain("you asked for");
    }

    @Test
    void a_saved_routine_shorter_than_asked_keeps_its_name_and_says_its_true_length_under_it() throws Exception {
        String token = savedRoutines.save("Desk evening", new RoutineRequest(Slot.EVENING, 30, Set.of(),
                Place.DESK, Set.of(), null, LocalDate.parse(DAY), 0));
        String page = html("/routines/" + token + "/sheet");

        assertThat(page).contains("<h1>Desk evening</h1>")
                .containsPattern("<p class=\"falls-short\">A \\d+-minute evening session — you asked for 30 minutes</p>");
        assertThat(Pdfs.text(bytes("/routines/" + token + "/sheet.pdf")))
                .containsPattern("Desk evening A \\d+-minute evening session — you asked for 30 minutes");
    }
}
