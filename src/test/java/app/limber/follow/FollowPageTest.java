package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.system.Pages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The follow page as a browser without JavaScript sees it. Same configuration as the other page tests. */
@SpringBootTest
@AutoConfigureMockMvc
class FollowPageTest {

    static final String QUERY = "slot=morning&minutes=10&date=2026-01-05";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoutineLookup routines;

    private String page(String uri) throws Exception {
        return Pages.ok(mvc, uri);
    }

    private RoutineRef routine() {
        return routines.generated(Map.of("slot", List.of("morning"), "minutes", List.of("10"),
                "date", List.of("2026-01-05")));
    }

    @Test
    void lists_every_movement_in_order_with_its_dosage_and_every_countdown() throws Exception {
        String html = page("/routines/generate/follow?" + QUERY);
        RoutineRef ref = routine();
        assertThat(html).contains("<h1>Follow: Morning routine, 10 min</h1>");
        int last = -1;
        for (var item : ref.routine().items()) {
            int at = html.indexOf("data-slug=\"" + item.movement().slug() + "\"");
            assertThat(at).as(item.movement().slug()).isGreaterThan(last);
            last = at;
        }
        PlayerPlan plan = PlayerPlan.of(ref.routine());
        long phases = plan.steps().stream().mapToLong(s -> s.phases().size()).sum();
        assertThat(html.split("class=\"phase phase-", -1)).hasSize((int) phases + 1);
        assertThat(html).contains("<span>Get ready: 10 s</span>")
                .contains("data-total=\"" + ref.routine().seconds() + "\"")
                .contains("data-speed=\"1\"")
                .containsPattern("<script src=\"/js/player-[0-9a-f]+\\.js\" defer>");
    }

    @Test
    void names_the_side_of_each_side_and_carries_the_second_sides_words_and_what_is_said() throws Exception {
        // The desk break holds the thoracic side bend (described for the right side first) and the seated spinal
        // twist (described turning to the left first).
        String html = page("/routines/generate/follow?slot=midday&minutes=10&place=desk&date=2026-01-05");
        assertThat(html).contains("data-where=\"Right side · Set 1 of 2\"").contains("data-where=\"Left side · Set 1 of 2\"")
                .contains("data-say=\"Switch sides, now the left.\"").contains("data-say=\"Switch sides, now the right.\"")
                .contains("data-say=\"Hold, 30 seconds.\"")
                .contains("data-side2=\"Slowly bend your upper body to the right, keeping the left arm reaching overhead.\"")
                .contains("data-say=\"Thoracic side bend. ");
        // The no-JavaScript list keeps the catalog's own words for the first side.
        assertThat(html).contains(">Slowly bend your upper body to the left, keeping the right arm reaching overhead.<");
    }

    @Test
    void shows_the_stop_line_with_a_link_to_the_safety_page() throws Exception {
        String html = page("/routines/generate/follow?" + QUERY);
        assertThat(html).contains("Stop at once if you feel sharp pain or pinching (Limber adds: tingling or numbness)")
                .contains("href=\"/safety\"");
    }

    @Test
    void ends_with_a_log_form_that_carries_a_csrf_token_and_every_movement() throws Exception {
        String html = page("/routines/generate/follow?" + QUERY);
        assertThat(html).contains("action=\"/history/sessions\"").contains("name=\"_csrf\"")
                .contains("name=\"routinePath\" value=\"" + routine().pagePath().replace("&", "&amp;") + "\"");
        for (var item : routine().routine().items()) {
            assertThat(html).contains("name=\"done\" value=\"" + item.movement().slug() + "\" checked");
        }
    }

    @Test
    void a_bad_routine_parameter_is_a_400_page() {
        assertThat(mvc.get().uri("/routines/generate/follow?slot=night").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("night");
    }

    @Test
    void an_unknown_saved_routine_is_a_404_page() {
        assertThat(mvc.get().uri("/routines/nosuchtoken/follow").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }
}
