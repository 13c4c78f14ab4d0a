package app.limber.follow.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Catalog;
import app.limber.catalog.DosageText;
import app.limber.catalog.Slot;
import app.limber.follow.FollowText;
import app.limber.follow.PlayerPlan;
import app.limber.routine.Place;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBuilder;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.routine.RoutineRequest;
import app.limber.routine.web.CaredCatalog;
import app.limber.system.Pages;
import app.limber.system.WebSlice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The player's page as it is served: each step carries its pace in plain words and its key form cues and
 * cautions (read by player.js onto the stage, and what a browser without JavaScript shows), the stage has its place
 * for them, and the page's name gives a short routine's true length. Over the small test catalog with cues and
 * cautions added; the lookup builds the routine the query names. No database.
 */
@WebSlice(FollowController.class)
@Import({CaredCatalog.Builder.class, SafetyOnThePlayerPageTest.Lookup.class, FollowConfig.class, FollowText.class,
        DosageText.class})
class SafetyOnThePlayerPageTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-23");

    /** The routine a generate query names (slot, minutes, place), built over the small catalog. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Lookup {

        @Bean
        RoutineLookup routineLookup(RoutineBuilder builder) {
            return new RoutineLookup() {
                @Override
                public RoutineRef generated(Map<String, List<String>> params) {
                    return new RoutineRef(builder.build(request(params)), null, null, "slot=evening");
                }

                @Override
                public RoutineRef saved(String token) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public long savedIn(String browserId) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    static RoutineRequest request(Map<String, List<String>> params) {
        return new RoutineRequest(Slot.valueOf(params.get("slot").get(0).toUpperCase()),
                Integer.parseInt(params.get("minutes").get(0)), Set.of(),
                Place.valueOf(params.get("place").get(0).toUpperCase()), Set.of(), null, DAY, 0);
    }

    /** FollowText names movements of the history by slug; the player page never asks. */
    @MockitoBean
    Catalog catalog;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoutineBuilder builder;

    String page(String query) throws Exception {
        return Pages.okUnescaped(mvc, "/routines/generate/follow?" + query);
    }

    /** Each step's part of the page: from its list item to the next one (the last, to the end of the list). */
    static String step(String html, int number) {
        int start = html.indexOf("<li class=\"player-step\" id=\"step-" + number + "\"");
        int next = html.indexOf("<li class=\"player-step\" id=\"step-" + (number + 1) + "\"");
        assertThat(start).as("step " + number).isPositive();
        return html.substring(start, next > 0 ? next : html.indexOf("</ol>\n  </section>", start));
    }

    @Test
    void each_step_carries_its_pace_cues_and_cautions_and_nothing_where_it_has_none() throws Exception {
        String html = page("slot=morning&minutes=15&place=home");
        Routine routine = builder.build(request(Map.of("slot", List.of("morning"), "minutes", List.of("15"),
                "place", List.of("home"))));
        PlayerPlan plan = PlayerPlan.of(routine);
        int cared = 0;
        int paced = 0;
        for (PlayerPlan.Step step : plan.steps()) {
            String part = step(html, step.number());
            var movement = step.movement();
            if (movement.cues().isEmpty()) {
                assertThat(part).as(movement.slug()).doesNotContain("step-care", "Take care", "care-item");
            } else {
                cared++;
                assertThat(part).as(movement.slug()).containsPattern("<div class=\"care step-care\">\\s*"
                        + "<p class=\"care-title\">Take care</p>\\s*<ul class=\"care-list\">\\s*"
                        + "<li class=\"care-item\">" + Pattern.quote(CaredCatalog.cue(movement)) + "</li>\\s*"
                        + "<li class=\"care-item\">" + Pattern.quote(CaredCatalog.caution(movement)) + "</li>");
            }
            if (step.pace() != null) {
                paced++;
                assertThat(part).as(movement.slug())
                        .contains("<p class=\"pace step-pace\">Led by your breath, about 6 s a rep</p>");
            } else {
                assertThat(part).as(movement.slug()).doesNotContain("step-pace", "a rep");
            }
        }
        assertThat(cared).isPositive().isLessThan(plan.steps().size());
        assertThat(paced).isPositive();
    }

    @Test
    void the_stage_has_a_place_for_the_current_movements_care_and_the_words_to_announce_it() throws Exception {
        String html = page("slot=morning&minutes=10&place=home");
        assertThat(html).contains("data-msg-care=\"Take care\"")
                .containsPattern("<div class=\"player-info\">\\s*<div class=\"player-care care\" hidden>\\s*"
                        + "<p class=\"care-title\">Take care</p>\\s*<ul class=\"care-list\"></ul>")
                .contains("<p class=\"player-pace pace\" hidden></p>")
                .contains("<p class=\"visually-hidden player-announce\" aria-live=\"polite\"></p>")
                .contains("Stop at once if you feel sharp pain");
    }

    @Test
    void a_routine_shorter_than_asked_is_named_by_its_true_length() throws Exception {
        Routine routine = builder.build(request(Map.of("slot", List.of("evening"), "minutes", List.of("45"),
                "place", List.of("desk"))));
        int minutes = Math.round(routine.seconds() / 60f);
        assertThat(routine.seconds()).isLessThan(RoutineBuilder.lowSeconds(45));

        assertThat(page("slot=evening&minutes=45&place=desk"))
                .contains("<h1>Follow: Evening routine, " + minutes + " min</h1>")
                .contains("name=\"routineName\" value=\"Evening routine, " + minutes + " min\"");
        assertThat(page("slot=morning&minutes=10&place=home")).contains("<h1>Follow: Morning routine, 10 min</h1>");
    }
}
