package app.limber.routine.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.DosageText;
import app.limber.catalog.Slot;
import app.limber.routine.Place;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRequest;
import app.limber.routine.saved.RecordingSavedRoutines;
import app.limber.system.Pages;
import app.limber.system.WebSlice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What someone about to move reads on the routine pages, generated and saved: beside each movement the pace of
 * its reps in plain words and its key form cues and cautions (nothing where it has none), the stop line, and a
 * heading that gives the true length of a routine shorter than asked, also on the day's plan. Over the small
 * test catalog with cues and cautions added ({@link CaredCatalog}); no database.
 */
@WebSlice({RoutineController.class, SavedRoutineController.class})
@Import({CaredCatalog.Builder.class, RoutineWebSlice.Fakes.class, RoutineText.class, DosageText.class})
class SafetyOnRoutinePagesTest {

    static final String DAY = "2026-11-23";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoutineBuilder builder;

    @Autowired
    RecordingSavedRoutines saved;

    @Autowired
    Clock clock;

    String page(String uri) throws Exception {
        return Pages.okUnescaped(mvc, uri);
    }

    static RoutineRequest request(Slot slot, int minutes, Place place) {
        return new RoutineRequest(slot, minutes, Set.of(), place, Set.of(), null, LocalDate.parse(DAY), 0);
    }

    /** Each movement's part of the page: from its list item to the next one or the end of its block's list. */
    static List<String> items(String html) {
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"routine-item").matcher(html);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = html.indexOf("</ol>", starts.get(i));
            if (i + 1 < starts.size()) {
                end = Math.min(end, starts.get(i + 1));
            }
            items.add(html.substring(starts.get(i), end));
        }
        return items;
    }

    /** Every movement shows its own pace, cue and caution, and nothing of the kind where it has none. */
    static void assertEachMovementShowsItsCare(String html, Routine routine) {
        List<String> items = items(html);
        assertThat(items).hasSize(routine.items().size());
        int cared = 0;
        int paced = 0;
        for (int i = 0; i < items.size(); i++) {
            RoutineItem item = routine.items().get(i);
            String part = items.get(i);
            var movement = item.movement();
            assertThat(part).as(movement.slug()).contains("href=\"/stretches/" + movement.slug() + "\"");
            if (movement.cues().isEmpty()) {
                assertThat(part).as(movement.slug()).doesNotContain("class=\"care", "Take care", "Cue for",
                        "Caution for");
            } else {
                cared++;
                assertThat(part).as(movement.slug()).containsPattern("<p class=\"care-title\">Take care</p>\\s*"
                        + "<ul class=\"care-list\">\\s*<li>" + Pattern.quote(CaredCatalog.cue(movement))
                        + "</li>\\s*<li>" + Pattern.quote(CaredCatalog.caution(movement)) + "</li>\\s*</ul>");
                // The care comes with the dose, before the line that says why the movement is there.
                assertThat(part.indexOf("Take care")).as(movement.slug()).isGreaterThan(part.indexOf("class=\"dosage\""));
                if (part.contains("class=\"why\"")) {
                    assertThat(part.indexOf("Take care")).as(movement.slug()).isLessThan(part.indexOf("class=\"why\""));
                }
            }
            boolean pacedReps = item.dose().reps() != null && item.dose().holdSeconds() == null;
            if (pacedReps) {
                paced++;
                assertThat(part).as(movement.slug()).contains("<p class=\"pace\"><span class=\"visually-hidden\">"
                        + "Pace: </span><span>Led by your breath, about 6 s a rep</span></p>");
            } else {
                assertThat(part).as(movement.slug()).doesNotContain("class=\"pace\"", "a rep");
            }
        }
        assertThat(cared).as("movements with something to take care of").isPositive().isLessThan(items.size());
        assertThat(paced).as("movements with paced reps").isPositive();
    }

    @Test
    void a_generated_routine_shows_each_movements_pace_cues_and_cautions_beside_it() throws Exception {
        String html = page("/routines/generate?slot=morning&minutes=15&place=home&date=" + DAY);
        assertEachMovementShowsItsCare(html, builder.build(request(Slot.MORNING, 15, Place.HOME)));
        assertThat(html).contains("Stop at once if you feel sharp pain");
    }

    @Test
    void a_saved_routine_shows_each_movements_pace_cues_and_cautions_beside_it() throws Exception {
        String token = saved.save("Cared morning", request(Slot.MORNING, 15, Place.HOME));
        String html = page("/routines/" + token);
        assertEachMovementShowsItsCare(html, saved.get(token).routine());
        assertThat(html).contains("Stop at once if you feel sharp pain");
    }

    @Test
    void a_generated_routine_shorter_than_asked_gives_its_true_length_as_its_heading() throws Exception {
        Routine routine = builder.build(request(Slot.EVENING, 45, Place.DESK));
        int minutes = Math.round(routine.seconds() / 60f);
        assertThat(minutes).as("the small catalog cannot fill 45 minutes at a desk").isLessThan(40);

        String html = page("/routines/generate?slot=evening&minutes=45&place=desk&date=" + DAY);
        String heading = "A " + minutes + "-minute evening session — you asked for 45 minutes";
        assertThat(html).contains("<title>" + heading + " · Limber</title>")
                .contains("<h1 class=\"falls-short\">" + heading + "</h1>")
                .doesNotContain("Evening routine, 45 min");
    }

    @Test
    void a_routine_that_fits_keeps_its_usual_heading() throws Exception {
        Routine routine = builder.build(request(Slot.MORNING, 10, Place.HOME));
        assertThat(routine.seconds()).isGreaterThanOrEqualTo(RoutineBuilder.lowSeconds(10));

        assertThat(page("/routines/generate?slot=morning&minutes=10&place=home&date=" + DAY))
                .contains("<h1>Morning routine, 10 min</h1>").doesNotContain("falls-short", "you asked for");
    }

    @Test
    void a_saved_routine_shorter_than_asked_says_its_true_length_under_its_name() throws Exception {
        String token = saved.save("Desk evening", request(Slot.EVENING, 45, Place.DESK));
        int minutes = Math.round(saved.get(token).routine().seconds() / 60f);

        assertThat(page("/routines/" + token)).containsPattern("<h1>Desk evening</h1>\\s*<p class=\"falls-short\">A "
                + minutes + "-minute evening session — you asked for 45 minutes</p>");
    }

    @Test
    void the_days_plan_heads_each_session_that_falls_short_with_its_true_length() throws Exception {
        String html = page("/today?minutes=45&place=desk&date=" + DAY);
        int short_ = 0;
        for (Slot slot : Slot.values()) {
            Routine routine = builder.build(request(slot, 45, Place.DESK));
            String section = html.substring(html.indexOf("id=\"session-" + slot + "\""));
            String name = slot.name().charAt(0) + slot.name().substring(1).toLowerCase();
            if (routine.seconds() < RoutineBuilder.lowSeconds(45)) {
                short_++;
                assertThat(section).containsPattern("^id=\"session-" + slot + "\"[^>]*>\\s*<header>\\s*"
                        + "<h2 class=\"falls-short\">A " + Math.round(routine.seconds() / 60f) + "-minute "
                        + name.toLowerCase() + " session — you asked for 45 minutes</h2>");
            } else {
                assertThat(section).contains("<h2>" + name + "</h2>");
            }
        }
        assertThat(short_).as("sessions the small catalog cannot fill at a desk").isPositive();
    }
}
