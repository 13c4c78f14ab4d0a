package app.limber.routine.web;

import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import app.limber.routine.Dose;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineEdits;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineLookup;
import app.limber.routine.RoutineRef;
import app.limber.routine.Timing;
import app.limber.system.BadRequestException;
import app.limber.system.NotFoundException;
import java.util.Map;
import app.limber.routine.saved.SavedRoutine;
import app.limber.routine.saved.SavedRoutines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The routine pages, the JSON endpoint, saving and adjusting, and bad input: as a user (or a client) sees them. */
@SpringBootTest
@AutoConfigureMockMvc
class RoutinePagesTest {

    static final String DESK_BREAK = "/routines/generate?slot=midday&minutes=5&place=desk&equipment=chair"
            + "&date=2026-11-23";
    static final String EVENING = "slot=evening&minutes=15&place=home&equipment=chair&equipment=massage-ball"
            + "&equipment=wall-or-doorway&date=2026-11-23";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SavedRoutines saved;

    @Autowired
    RoutineEdits edits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalog catalog;

    @Autowired
    Clock clock;

    /** Saved routines under this name: each test saves (or fails to save) under names of its own. */
    long savedNamed(String name) {
        return jdbc.sql("select count(*) from saved_routine where name = ?").param(name).query(Long.class).single();
    }

    static String unique(String prefix) {
        return prefix + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    Map<Block, List<Movement>> addable(SavedRoutine routine) {
        return edits.addable(routine.routine(), routine.missingSlugs());
    }

    @Autowired
    RoutineLookup lookup;

    final ObjectMapper json = JsonMapper.builder().build();

    String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    JsonNode api(String query) throws Exception {
        MvcTestResult result = mvc.get().uri("/api/routines/generate?" + query).exchange();
        assertThat(result).hasStatusOk();
        return json.readTree(body(result));
    }

    /** Saves the evening routine through the form and returns its token. */
    String saveEvening(String name) throws Exception {
        MvcTestResult result = mvc.post().uri("/routines?" + EVENING).param("name", name).with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/routines/[A-Za-z0-9_-]{22}");
        return location.substring("/routines/".length());
    }

    List<String> slugs(SavedRoutine routine) {
        return routine.routine().items().stream().map(i -> i.movement().slug()).toList();
    }

    @Nested
    class Generate {

        @Test
        void the_home_page_gets_a_routine_in_one_click() throws Exception {
            assertThat(page("/")).contains("href=\"/routines/generate\"", "Get a routine");
            assertThat(page("/routines/generate")).contains("Total:", "Shuffle: another combination")
                    .contains("Stop at once if you feel sharp pain");
        }

        @Test
        void the_form_offers_every_choice_with_defaults_and_submits_to_the_routine_url() throws Exception {
            String html = page("/routines/new");
            assertThat(html).contains("Build a routine", "action=\"/routines/generate\"", "method=\"get\"")
                    .contains("Time of day", "Minutes available", "At a desk or office", "Massage ball",
                            "Lower-back issues", "Neck and shoulder tension", "Stop at once if you feel sharp pain")
                    .containsPattern("name=\"minutes\"[^>]*value=\"(5|10)\"");
        }

        @Test
        void a_desk_break_shows_blocks_movements_dosage_times_and_why() throws Exception {
            String html = page(DESK_BREAK);
            assertThat(html).contains("Midday routine, 5 min", "Midday, at a desk")
                    .contains("<span>Warm-up</span>", "<span>Stretches</span>", "<span>Joint mobility</span>")
                    .contains("href=\"/stretches/shoulder-rolls\"", "href=\"/stretches/thoracic-extension-chair\"")
                    .contains("Part of StretchMed&#39;s desk break", "Today&#39;s main stretch", "Limber&#39;s choice")
                    .contains("Stop at once if you feel sharp pain")
                    .contains("name=\"_csrf\"", "action=\"/routines\"");
            assertThat(html.indexOf("<span>Warm-up</span>")).isLessThan(html.indexOf("<span>Stretches</span>"));
            assertThat(html.indexOf("<span>Stretches</span>")).isLessThan(html.indexOf("<span>Joint mobility</span>"));
            assertThat(html.indexOf("shoulder-rolls\"")).isLessThan(html.indexOf("thoracic-extension-chair\""));
        }

        @Test
        void the_routine_page_leads_to_following_it() throws Exception {
            assertThat(page(DESK_BREAK)).contains("Follow along", "Print sheet")
                    .contains("href=\"/routines/generate/follow?slot=midday&amp;minutes=5&amp;place=desk")
                    .contains("href=\"/routines/generate/sheet?slot=midday&amp;minutes=5&amp;place=desk");
        }

        @Test
        void each_movement_shows_its_figure_with_a_text_alternative() throws Exception {
            String html = page(DESK_BREAK);
            assertThat(html).containsPattern("<img class=\"figure\"[^>]*src=\"/figures/shoulder-rolls\\.svg\\?v=")
                    .containsPattern("src=\"/figures/thoracic-extension-chair\\.svg[^>]*alt=\"[^\"]{10,}\"");
        }

        @Test
        void a_desk_break_never_sends_anyone_to_the_floor() throws Exception {
            JsonNode routine = api("slot=midday&minutes=20&place=desk&equipment=chair&date=2026-11-23");
            for (JsonNode block : routine.get("blocks")) {
                for (JsonNode item : block.get("items")) {
                    assertThat(item.get("slug").asString()).isNotIn("cat-cow", "childs-pose", "knees-to-chest",
                            "massage-ball-upper-back-release", "posture-reset", "thread-the-needle");
                }
            }
        }

        @Test
        void the_same_link_gives_the_same_routine_and_the_shuffle_link_another() throws Exception {
            String query = "slot=morning&minutes=15&place=home&equipment=chair&date=2026-11-23";
            assertThat(api(query)).isEqualTo(api(query));
            String html = page("/routines/generate?" + query);
            assertThat(html).contains("href=\"/routines/generate?slot=morning&amp;minutes=15&amp;place=home"
                    + "&amp;equipment=chair&amp;date=2026-11-23&amp;shuffle=1\"");
            List<String> first = api(query).get("blocks").findValuesAsString("slug");
            assertThat(api(query + "&shuffle=1").get("blocks").findValuesAsString("slug")).isNotEqualTo(first);
            assertThat(api(query.replace("2026-11-23", "2026-11-24")).get("blocks").findValuesAsString("slug"))
                    .isNotEqualTo(first);
        }

        @Test
        void a_long_desk_session_without_equipment_says_plainly_that_it_falls_short() throws Exception {
            String html = page("/routines/generate?slot=midday&minutes=45&place=desk&date=2026-11-23");
            assertThat(html).contains("This is as long as a routine can be with what you have at hand",
                    "every movement that suits them is already in");
        }

        @Test
        void a_reason_shared_by_movements_in_a_row_is_said_once_and_every_other_reason_is_kept() throws Exception {
            String html = page("/routines/generate?" + EVENING);
            JsonNode routine = api(EVENING);
            int said = 0;
            int runs = 0;
            for (JsonNode block : routine.get("blocks")) {
                String previous = null;
                for (JsonNode item : block.get("items")) {
                    String why = item.get("why").asString();
                    runs += why.equals(previous) ? 0 : 1;
                    previous = why;
                }
            }
            java.util.regex.Matcher whys = java.util.regex.Pattern
                    .compile("<p class=\"why\"><span class=\"visually-hidden\">Why it is here: </span><span>([^<]+)</span>")
                    .matcher(html);
            while (whys.find()) {
                said++;
            }
            assertThat(runs).as("the evening routine has movements in a row sharing a reason")
                    .isLessThan(routine.findValues("slug").size());
            assertThat(said).isEqualTo(runs);
        }

        @Test
        void the_player_without_a_date_follows_the_routine_of_the_users_today() throws Exception {
            // UTC+14 and UTC-11 are 25 hours apart: their todays always differ, by one day or (from 10:00 to 11:00
            // UTC) by two. Each must be that zone's today by the application's clock.
            for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC")) {
                LocalDate before = LocalDate.now(clock.withZone(java.time.ZoneId.of(zone)));
                LocalDate date = playerDate(zone);
                LocalDate after = LocalDate.now(clock.withZone(java.time.ZoneId.of(zone)));
                assertThat(date).as(zone).isBetween(before, after);
            }
            assertThat(playerDate("Pacific/Kiritimati")).isAfter(playerDate("Pacific/Pago_Pago"));
        }

        private LocalDate playerDate(String zone) throws Exception {
            MvcTestResult result = mvc.get().uri("/routines/generate/follow?slot=morning&minutes=10&place=home")
                    .cookie(new jakarta.servlet.http.Cookie("limber_zone", zone)).exchange();
            assertThat(result).hasStatusOk();
            java.util.regex.Matcher date = java.util.regex.Pattern.compile("date(?:=|%3D)(\\d{4}-\\d{2}-\\d{2})")
                    .matcher(body(result));
            assertThat(date.find()).as("the player's routine link carries its date").isTrue();
            return LocalDate.parse(date.group(1));
        }

        @Test
        void the_api_gives_each_movement_its_cues_cautions_and_pace_and_the_stop_rule_as_the_page_does()
                throws Exception {
            JsonNode routine = api(EVENING);
            int cued = 0;
            int cautioned = 0;
            for (String query : List.of(EVENING, "slot=morning&minutes=30&place=home&equipment=chair"
                    + "&equipment=foam-roller&equipment=towel-or-pillow&date=2026-11-23")) {
                for (JsonNode block : api(query).get("blocks")) {
                    for (JsonNode item : block.get("items")) {
                        Movement movement = catalog.get(item.get("slug").asString());
                        assertThat(item.get("cues").valueStream().map(JsonNode::asString).toList())
                                .isEqualTo(movement.cues());
                        assertThat(item.get("cautions").valueStream().map(JsonNode::asString).toList())
                                .isEqualTo(movement.cautions());
                        cued += movement.cues().isEmpty() ? 0 : 1;
                        cautioned += movement.cautions().isEmpty() ? 0 : 1;
                    }
                }
            }
            assertThat(cued).as("movements with cues in the two routines").isPositive();
            assertThat(cautioned).as("movements with cautions in the two routines").isPositive();
            assertThat(routine.findValuesAsString("pace")).as("paced reps say their pace in words")
                    .anySatisfy(pace -> assertThat(pace).containsPattern("\\d+ s"));
            assertThat(routine.get("safety").asString()).startsWith("Stop at once if you feel sharp pain");
            assertThat(routine.get("shortfall").isNull()).isTrue();
            assertThat(api("slot=midday&minutes=45&place=desk&date=2026-11-23").get("shortfall").asString())
                    .contains("you asked for 45 minutes");
        }
    }

    @Nested
    class Today {

        @Test
        void shows_the_three_sessions_each_linked_to_its_routine_page() throws Exception {
            String html = page("/today?equipment=chair&date=2026-11-23");
            assertThat(html).contains("Today&#39;s plan", "Monday 23 November 2026", "Morning", "Midday", "Evening")
                    .contains("href=\"/routines/generate?slot=morning&amp;minutes=5&amp;place=home&amp;equipment=chair"
                            + "&amp;date=2026-11-23\"")
                    .contains("href=\"/routines/generate?slot=midday&amp;minutes=5&amp;place=desk&amp;equipment=chair"
                            + "&amp;date=2026-11-23\"")
                    .contains("href=\"/routines/generate?slot=evening&amp;minutes=10&amp;place=home"
                            + "&amp;equipment=chair&amp;date=2026-11-23\"")
                    .contains("Stop at once if you feel sharp pain");
        }

        @Test
        void each_session_is_one_click_from_following_it() throws Exception {
            String html = page("/today?equipment=chair&date=2026-11-23");
            for (String slot : new String[] {"morning", "midday", "evening"}) {
                assertThat(html).contains("href=\"/routines/generate/follow?slot=" + slot)
                        .contains("href=\"/routines/generate/sheet?slot=" + slot);
            }
            assertThat(html).contains("href=\"/plan/week?equipment=chair&amp;date=2026-11-23\"")
                    .contains("href=\"/plan/reminders?equipment=chair");
        }

        @Test
        void without_a_date_it_plans_for_today_by_the_clock() throws Exception {
            LocalDate today = LocalDate.now(clock);
            assertThat(page("/today")).contains("date=" + today);
        }
    }

    @Nested
    class Json {

        @Test
        void gives_slot_inputs_blocks_in_order_and_per_movement_slug_block_dosage_and_seconds() throws Exception {
            JsonNode routine = api("slot=midday&minutes=5&place=desk&equipment=chair&date=2026-11-23");
            assertThat(routine.get("slot").asString()).isEqualTo("midday");
            assertThat(routine.get("inputs").get("place").asString()).isEqualTo("desk");
            assertThat(routine.get("inputs").get("equipment").get(0).asString()).isEqualTo("chair");
            int total = 0;
            int lastBlock = -1;
            for (JsonNode block : routine.get("blocks")) {
                int ordinal = Block.valueOf(block.get("block").asString().toUpperCase().replace('-', '_')).ordinal();
                assertThat(ordinal).isGreaterThan(lastBlock);
                lastBlock = ordinal;
                assertThat(block.get("purpose").asString()).isNotBlank();
                int blockSeconds = 0;
                for (JsonNode item : block.get("items")) {
                    assertThat(item.get("block").asString()).isEqualTo(block.get("block").asString());
                    assertThat(item.get("dosage").has("sets")).isTrue();
                    assertThat(item.get("plainDosage").asString()).isNotBlank();
                    blockSeconds += item.get("seconds").asInt();
                }
                assertThat(block.get("seconds").asInt()).isEqualTo(blockSeconds);
                total += blockSeconds;
            }
            assertThat(routine.get("totalSeconds").asInt()).isEqualTo(total).isBetween(270, 330);
            JsonNode extension = routine.get("blocks").findParents("slug").stream()
                    .filter(n -> n.get("slug").asString().equals("thoracic-extension-chair")).findFirst().orElseThrow();
            assertThat(extension.get("dosage").get("reps").asInt()).isPositive();
            assertThat(extension.get("dosage").get("eachSide").asBoolean()).isFalse();
        }

        @Test
        void bad_values_are_a_400_with_a_message_per_field() throws Exception {
            MvcTestResult result = mvc.get().uri("/api/routines/generate?slot=dusk&minutes=99&place=beach"
                    + "&equipment=rope&caution=elbow&focus=toes&date=yesterday&shuffle=x").exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode error = json.readTree(body(result));
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("type").asString()).endsWith("#status.400");
            assertThat(error.get("title").asString()).isEqualTo("That request was not understood");
            assertThat(error.get("detail").asString()).isEqualTo("Some values could not be used.");
            JsonNode fields = error.get("errors");
            assertThat(fields.get("slot").asString()).contains("dusk", "morning, midday, evening");
            assertThat(fields.get("minutes").asString()).contains("between 5 and 45");
            assertThat(fields.get("place").asString()).contains("beach");
            assertThat(fields.get("equipment").asString()).contains("rope");
            assertThat(fields.get("caution").asString()).contains("elbow");
            assertThat(fields.get("focus").asString()).contains("toes");
            assertThat(fields.get("date").asString()).contains("yesterday");
            assertThat(fields.get("shuffle").asString()).contains("whole number");
        }
    }

    @Nested
    class Bad_input {

        @Test
        void each_bad_field_brings_the_form_back_with_its_message_and_a_400() throws Exception {
            MvcTestResult result = mvc.get().uri("/routines/generate?slot=dusk&minutes=99&place=beach&equipment=rope"
                    + "&caution=elbow&focus=toes").exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("Build a routine", "Please correct the highlighted fields.")
                    .contains("“dusk” is not a time of day Limber knows")
                    .contains("Choose between 5 and 45 minutes (“99” cannot be used).")
                    .contains("“beach” is not a place Limber knows", "“rope” is not equipment Limber knows")
                    .contains("“elbow” is not a caution Limber knows", "“toes” is not a focus Limber knows")
                    .contains("value=\"99\"");
        }

        @Test
        void minutes_just_outside_the_range_or_not_a_number_are_refused_never_a_500() throws Exception {
            for (String minutes : List.of("4", "46", "abc", "-5", "10.5", "99999999999")) {
                MvcTestResult result = mvc.get().uri("/routines/generate?minutes=" + minutes).exchange();
                assertThat(result).as(minutes).hasStatus(HttpStatus.BAD_REQUEST);
                assertThat(body(result)).contains("Choose between 5 and 45 minutes");
            }
            assertThat(mvc.get().uri("/routines/generate?minutes=5").exchange()).hasStatusOk();
            assertThat(mvc.get().uri("/routines/generate?minutes=45").exchange()).hasStatusOk();
        }

        @Test
        void a_bad_date_on_today_is_a_400_page() throws Exception {
            MvcTestResult result = mvc.get().uri("/today?date=2026-13-45").exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("is not a date");
        }

        @Test
        void a_malformed_or_unknown_token_is_a_404_page() throws Exception {
            for (String token : List.of("nope", "AAAAAAAAAAAAAAAAAAAAAA", "x".repeat(200), "a.b", "'--")) {
                MvcTestResult result = mvc.get().uri("/routines/" + token).exchange();
                assertThat(result).as(token).hasStatus(HttpStatus.NOT_FOUND);
                assertThat(body(result)).contains("There is no saved routine at this link");
            }
            MvcTestResult post = mvc.post().uri("/routines/nope/items/cat-cow/remove").with(csrf()).exchange();
            assertThat(post).hasStatus(HttpStatus.NOT_FOUND);
            // The firewall turns an encoded NUL away before it reaches us: a 400, never a 500.
            assertThat(mvc.get().uri("/routines/%00abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        }
    }

    @Nested
    class Save {

        @Test
        void saves_a_fixed_copy_at_an_unguessable_link() throws Exception {
            String name = unique("Evening wind-down");
            MvcTestResult result = mvc.post().uri("/routines?" + EVENING).param("name", "  " + name + " ")
                    .with(csrf()).exchange();
            assertThat(result).hasStatus3xxRedirection();
            assertThat(result.getMvcResult().getFlashMap().get("flash")).asString().contains("Saved as “" + name + "”");
            String token = result.getResponse().getRedirectedUrl().substring("/routines/".length());
            assertThat(token).hasSize(22);
            assertThat(savedNamed(name)).isEqualTo(1);

            String html = page("/routines/" + token);
            assertThat(html).contains("<h1>" + name + "</h1>", "href=\"/stretches/childs-pose\"", "Adjust",
                    "Stop at once if you feel sharp pain", "name=\"_csrf\"")
                    .contains("href=\"/routines/" + token + "/follow\"", "href=\"/routines/" + token + "/sheet\"");

            // The copy is the routine the user saw, and it stays as it was.
            JsonNode generated = api(EVENING);
            List<String> generatedSlugs = generated.get("blocks").findValuesAsString("slug");
            assertThat(slugs(saved.get(token))).isEqualTo(generatedSlugs);
            assertThat(api(EVENING.replace("2026-11-23", "2026-11-25")).get("blocks").findValuesAsString("slug"))
                    .isNotEqualTo(generatedSlugs);
            assertThat(slugs(saved.get(token))).isEqualTo(generatedSlugs);
        }

        @Test
        void without_a_csrf_token_nothing_is_saved() throws Exception {
            String name = unique("No token");
            assertThat(mvc.post().uri("/routines?" + EVENING).param("name", name).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(savedNamed(name)).isZero();
        }

        @Test
        void a_missing_or_too_long_name_is_refused_and_nothing_is_saved() throws Exception {
            String tooLong = unique("n".repeat(72));
            for (String name : List.of("", "   ", tooLong)) {
                MvcTestResult result = mvc.post().uri("/routines?" + EVENING).param("name", name).with(csrf())
                        .exchange();
                assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
                assertThat(body(result)).contains("Give the routine a name of 1 to 80 characters.",
                        "Evening routine, 15 min");
            }
            // Nothing under the name, nor under what a store that cut names short would have kept.
            assertThat(savedNamed("")).isZero();
            assertThat(savedNamed(tooLong)).isZero();
            assertThat(savedNamed(tooLong.substring(0, 80))).isZero();
        }

        @Test
        void bad_inputs_are_refused_and_nothing_is_saved() throws Exception {
            String name = unique("Bad inputs");
            MvcTestResult result = mvc.post().uri("/routines?slot=evening&minutes=2&equipment=rope")
                    .param("name", name).with(csrf()).exchange();
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("Choose between 5 and 45 minutes", "“rope” is not equipment");
            assertThat(savedNamed(name)).isZero();
        }
    }

    @Nested
    class Adjust {

        MvcTestResult post(String token, String path, String... params) {
            var request = mvc.post().uri("/routines/" + token + path).with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request = request.param(params[i], params[i + 1]);
            }
            return request.exchange();
        }

        /** One stored item as a refusal must leave it: where it is, what it is and every figure of its dose. */
        record StoredItem(int position, String slug, Integer hold, Integer reps, int sets, boolean eachSide,
                          Integer duration) {
        }

        List<StoredItem> stored(SavedRoutine routine) {
            List<RoutineItem> items = routine.routine().items();
            return IntStream.range(0, items.size()).mapToObj(i -> {
                RoutineItem item = items.get(i);
                return new StoredItem(i, item.movement().slug(), item.dose().holdSeconds(), item.dose().reps(),
                        item.dose().sets(), item.dose().eachSide(), item.dose().durationSeconds());
            }).toList();
        }

        /** The change was refused with the message, and the stored routine is exactly as {@code before}. */
        void refused(MvcTestResult result, String token, SavedRoutine before, String message) throws Exception {
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(body(result)).contains("That change was not made.", message);
            SavedRoutine now = saved.get(token);
            assertThat(slugs(now)).isEqualTo(slugs(before));
            assertThat(stored(now)).isEqualTo(stored(before));
            assertThat(now.missingSlugs()).isEqualTo(before.missingSlugs());
            assertThat(now.updatedAt()).isEqualTo(before.updatedAt());
        }

        @Test
        void swapping_offers_the_same_blocks_fitting_choices_and_persists() throws Exception {
            String token = saveEvening("Swap");
            SavedRoutine routine = saved.get(token);
            RoutineItem stretch = routine.routine().blocks().stream().filter(b -> b.block() == Block.STRETCH)
                    .findFirst().orElseThrow().items().get(0);
            List<Movement> choices = edits.alternatives(routine.routine(), routine.missingSlugs(), stretch.movement().slug());
            assertThat(choices).isNotEmpty().allMatch(m -> m.block() == Block.STRETCH)
                    .noneMatch(m -> slugs(routine).contains(m.slug()));
            assertThat(page("/routines/" + token)).contains("value=\"" + choices.get(0).slug() + "\"");

            assertThat(post(token, "/items/" + stretch.movement().slug() + "/swap", "with", choices.get(0).slug()))
                    .hasStatus3xxRedirection();
            List<String> after = slugs(saved.get(token));
            assertThat(after).contains(choices.get(0).slug()).doesNotContain(stretch.movement().slug());
            assertThat(after.indexOf(choices.get(0).slug())).isEqualTo(slugs(routine).indexOf(stretch.movement().slug()));
        }

        @Test
        void a_swap_that_breaks_a_rule_is_refused_with_the_reason() throws Exception {
            String token = saveEvening("Refused swaps");
            SavedRoutine before = saved.get(token);
            String stretch = slugs(before).stream().filter(s -> s.equals("childs-pose")).findFirst().orElseThrow();
            refused(post(token, "/items/" + stretch + "/swap", "with", "hanging-bar-stretch"), token, before,
                    "needs equipment this routine does not have at hand");
            refused(post(token, "/items/" + stretch + "/swap", "with", "shoulder-rolls"), token, before,
                    "is already in this routine");
            refused(post(token, "/items/" + stretch + "/swap", "with", "iron-cross"), token, before,
                    "needs equipment");
            String otherBlock = addable(saved.get(token)).entrySet().stream()
                    .filter(e -> e.getKey() != Block.STRETCH).findFirst().orElseThrow().getValue().get(0).slug();
            refused(post(token, "/items/" + stretch + "/swap", "with", otherBlock), token, before,
                    "belongs to another block");
        }

        @Test
        void reordering_stays_within_a_block_and_keeps_extension_last() throws Exception {
            MvcTestResult saveDesk = mvc.post().uri("/routines?slot=midday&minutes=5&place=desk&equipment=chair"
                    + "&date=2026-11-23").param("name", "Desk").with(csrf()).exchange();
            String token = saveDesk.getResponse().getRedirectedUrl().substring("/routines/".length());
            // A rotation added to the desk break goes before the extension over the chair, which stays last.
            assertThat(post(token, "/items", "slug", "seated-thoracic-rotation")).hasStatus3xxRedirection();
            SavedRoutine before = saved.get(token);
            assertThat(slugs(before)).containsSubsequence("seated-thoracic-rotation", "thoracic-extension-chair");

            refused(post(token, "/items/thoracic-extension-chair/up"), token, before,
                    "Extension has to come after the flexion and rotation work");
            refused(post(token, "/items/shoulder-rolls/up"), token, before, "is already first in its block");

            String evening = saveEvening("Reorder");
            List<String> order = slugs(saved.get(evening));
            assertThat(post(evening, "/items/" + order.get(0) + "/down")).hasStatus3xxRedirection();
            List<String> moved = slugs(saved.get(evening));
            assertThat(moved.get(1)).isEqualTo(order.get(0));
            assertThat(moved.get(0)).isEqualTo(order.get(1));
        }

        @Test
        void changing_hold_reps_and_sets_updates_the_times_within_bounds() throws Exception {
            String token = saveEvening("Doses");
            SavedRoutine before = saved.get(token);
            RoutineItem rolls = before.routine().items().stream()
                    .filter(i -> i.movement().slug().equals("shoulder-rolls")).findFirst().orElseThrow();
            // The article's shoulder rolls are two rounds of 10-15: a third round is more than it suggests.
            assertThat(post(token, "/items/shoulder-rolls/dose", "reps", "14", "sets", "3"))
                    .hasStatus3xxRedirection();
            SavedRoutine after = saved.get(token);
            RoutineItem changed = after.routine().items().stream()
                    .filter(i -> i.movement().slug().equals("shoulder-rolls")).findFirst().orElseThrow();
            assertThat(changed.dose().reps()).isEqualTo(14);
            assertThat(changed.dose().sets()).isEqualTo(3);
            assertThat(changed.seconds()).isGreaterThan(rolls.seconds());
            assertThat(after.routine().seconds()).isEqualTo(before.routine().seconds() + changed.seconds()
                    - rolls.seconds());
            assertThat(page("/routines/" + token)).contains("14 reps, 3 sets", "More than the articles suggest");

            for (String[] bad : List.of(new String[] {"sets", "9", "Sets must be between 1 and 5"},
                    new String[] {"reps", "0", "Reps must be between 1 and 50"},
                    new String[] {"reps", "lots", "must be a whole number"})) {
                refused(post(token, "/items/shoulder-rolls/dose", bad[0], bad[1]), token, after, bad[2]);
            }
            assertThat(saved.get(token).routine().items().stream()
                    .filter(i -> i.movement().slug().equals("shoulder-rolls")).findFirst().orElseThrow().dose())
                    .isEqualTo(changed.dose());
            refused(post(token, "/items/knees-to-chest/dose", "hold", "45"), token, after,
                    "is an evening stretch: hold it 20 to 30 seconds");
            assertThat(post(token, "/items/knees-to-chest/dose", "hold", "20")).hasStatus3xxRedirection();
            assertThat(item(saved.get(token), "knees-to-chest").dose().holdSeconds()).isEqualTo(20);

            // A held movement outside the evening's 20-30 s window (a midday desk routine has no such window)
            // takes any hold from 5 to 120 seconds, and nothing outside it.
            String desk = saveDesk("Held at the desk");
            RoutineItem held = saved.get(desk).routine().items().stream()
                    .filter(i -> i.dose().holdSeconds() != null).findFirst().orElseThrow();
            String slug = held.movement().slug();
            String dose = "/items/" + slug + "/dose";
            for (int hold : new int[] {5, 120}) {
                assertThat(hold).isNotEqualTo(held.dose().holdSeconds());
                assertThat(post(desk, dose, "hold", Integer.toString(hold))).hasStatus3xxRedirection().flash()
                        .containsEntry("flash", "Amount updated.");
                RoutineItem stored = item(saved.get(desk), slug);
                assertThat(stored.dose()).isEqualTo(new Dose(hold, held.dose().reps(), held.dose().sets(),
                        held.dose().eachSide(), held.dose().durationSeconds()));
                assertThat(stored.seconds()).isEqualTo(Timing.seconds(stored.movement(), stored.dose()));
            }
            SavedRoutine atMost = saved.get(desk);
            for (String hold : List.of("121", "4")) {
                refused(post(desk, dose, "hold", hold), desk, atMost, "A hold must be between 5 and 120 seconds.");
                assertThat(item(saved.get(desk), slug).dose().holdSeconds()).isEqualTo(120);
            }
        }

        /** The saved routine's list item of one movement, as the page renders it. */
        String item(String token, String slug) throws Exception {
            String html = page("/routines/" + token);
            int start = html.indexOf("id=\"item-" + slug + "\"");
            assertThat(start).as(slug).isNotNegative();
            return html.substring(start, html.indexOf("</li>", start));
        }

        RoutineItem item(SavedRoutine routine, String slug) {
            return routine.routine().items().stream().filter(i -> i.movement().slug().equals(slug)).findFirst()
                    .orElseThrow();
        }

        String saveDesk(String name) {
            MvcTestResult save = mvc.post().uri("/routines?slot=midday&minutes=15&place=desk&equipment=chair"
                    + "&date=2026-11-23").param("name", name).with(csrf()).exchange();
            assertThat(save).hasStatus3xxRedirection();
            return save.getResponse().getRedirectedUrl().substring("/routines/".length());
        }

        @Test
        void a_number_too_big_for_any_field_is_refused_with_the_allowed_range() throws Exception {
            String evening = saveEvening("Overflow");
            SavedRoutine start = saved.get(evening);
            refused(post(evening, "/items/knees-to-chest/dose", "hold", "99999999999"), evening, start,
                    "is an evening stretch: hold it 20 to 30 seconds");
            refused(post(evening, "/items/shoulder-rolls/dose", "reps", "-99999999999999999999"), evening, start,
                    "Reps must be between 1 and 50");
            refused(post(evening, "/items/shoulder-rolls/dose", "sets", "2147483648"), evening, start,
                    "Sets must be between 1 and 5");

            String desk = saveDesk("Overflow at the desk");
            SavedRoutine routine = saved.get(desk);
            RoutineItem held = routine.routine().items().stream().filter(i -> i.dose().holdSeconds() != null)
                    .findFirst().orElseThrow();
            MvcTestResult result = post(desk, "/items/" + held.movement().slug() + "/dose", "hold", "99999999999");
            refused(result, desk, routine, "A hold must be between 5 and 120 seconds.");
            assertThat(body(result)).doesNotContain("whole number");
            assertThat(item(saved.get(desk), held.movement().slug()).dose()).isEqualTo(held.dose());
        }

        @Test
        void a_figure_that_is_not_part_of_the_movement_is_refused_and_changes_nothing() throws Exception {
            String token = saveEvening("Not part of it");
            SavedRoutine before = saved.get(token);
            assertThat(item(before, "childs-pose").dose().reps()).isNull();
            assertThat(item(before, "childs-pose").dose().durationSeconds()).isNull();
            assertThat(item(before, "shoulder-rolls").dose().holdSeconds()).isNull();
            refused(post(token, "/items/childs-pose/dose", "reps", "10"), token, before,
                    "Child&#39;s pose is not counted in reps, so it has no reps to change.");
            refused(post(token, "/items/childs-pose/dose", "duration", "10"), token, before,
                    "is not done for a set time, so it has no duration to change.");
            refused(post(token, "/items/childs-pose/dose", "hold", "25", "reps", "10"), token, before,
                    "is not counted in reps");
            refused(post(token, "/items/shoulder-rolls/dose", "hold", "20"), token, before,
                    "is not held, so it has no hold to change.");
            SavedRoutine after = saved.get(token);
            assertThat(item(after, "childs-pose").dose()).isEqualTo(item(before, "childs-pose").dose());
            assertThat(item(after, "shoulder-rolls").dose()).isEqualTo(item(before, "shoulder-rolls").dose());
            assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        }

        @Test
        void a_dose_form_that_changes_nothing_says_so_instead_of_updated() throws Exception {
            String token = saveEvening("Unchanged");
            SavedRoutine before = saved.get(token);
            RoutineItem pose = item(before, "childs-pose");
            for (MvcTestResult result : List.of(post(token, "/items/childs-pose/dose"),
                    post(token, "/items/childs-pose/dose", "hold", "", "sets", " "),
                    post(token, "/items/childs-pose/dose", "hold", pose.dose().holdSeconds().toString(),
                            "sets", Integer.toString(pose.dose().sets())))) {
                assertThat(result).hasStatus3xxRedirection().flash()
                        .containsEntry("flash", "Nothing changed: the amounts are the same as before.");
            }
            assertThat(saved.get(token).updatedAt()).isEqualTo(before.updatedAt());
            assertThat(post(token, "/items/knees-to-chest/dose", "hold", "20")).hasStatus3xxRedirection().flash()
                    .containsEntry("flash", "Amount updated.");
        }

        @Test
        void the_dose_inputs_offer_the_bounds_the_server_holds_to_and_show_them() throws Exception {
            String evening = saveEvening("Bounds");
            String pose = item(evening, "knees-to-chest");
            assertThat(pose).containsPattern("name=\"hold\"[^>]* min=\"20\" max=\"30\"").contains(">20 to 30<")
                    .doesNotContain("name=\"reps\"", "name=\"duration\"");
            String rolls = item(evening, "shoulder-rolls");
            assertThat(rolls).containsPattern("name=\"reps\"[^>]* min=\"1\" max=\"50\"").contains(">1 to 50<")
                    .containsPattern("name=\"sets\"[^>]* min=\"1\" max=\"5\"").contains(">1 to 5<")
                    .doesNotContain("name=\"hold\"");
            // What the page offers is what the server takes: 20 and 30 pass, 19 and 31 do not.
            SavedRoutine bounded = saved.get(evening);
            refused(post(evening, "/items/knees-to-chest/dose", "hold", "19"), evening, bounded, "20 to 30 seconds");
            refused(post(evening, "/items/knees-to-chest/dose", "hold", "31"), evening, bounded, "20 to 30 seconds");
            assertThat(post(evening, "/items/knees-to-chest/dose", "hold", "30")).hasStatus3xxRedirection();

            String desk = saveDesk("General bounds");
            RoutineItem held = saved.get(desk).routine().items().stream().filter(i -> i.dose().holdSeconds() != null)
                    .findFirst().orElseThrow();
            assertThat(item(desk, held.movement().slug()))
                    .containsPattern("name=\"hold\"[^>]* min=\"5\" max=\"120\"").contains(">5 to 120<");
        }

        @Test
        void swapping_or_adding_without_choosing_a_movement_asks_for_one_and_stores_nothing() throws Exception {
            String token = saveEvening("Choose first");
            SavedRoutine before = saved.get(token);
            for (MvcTestResult result : List.of(post(token, "/items/childs-pose/swap"),
                    post(token, "/items/childs-pose/swap", "with", ""),
                    post(token, "/items/childs-pose/swap", "with", "  "),
                    post(token, "/items"), post(token, "/items", "slug", ""))) {
                refused(result, token, before, "Choose a movement first.");
                assertThat(body(result)).doesNotContain("There is no movement called");
            }
            assertThat(saved.get(token).updatedAt()).isEqualTo(before.updatedAt());
        }

        @Test
        void removing_and_adding_movements_persist_and_rules_still_hold() throws Exception {
            String token = saveEvening("Add and remove");
            List<String> before = slugs(saved.get(token));
            assertThat(post(token, "/items/arm-circles/remove")).hasStatus3xxRedirection();
            assertThat(slugs(saved.get(token))).doesNotContain("arm-circles").hasSize(before.size() - 1);

            SavedRoutine routine = saved.get(token);
            List<Movement> addable = addable(routine).values().stream().flatMap(List::stream).toList();
            assertThat(addable).extracting(Movement::slug).contains("arm-circles")
                    .doesNotContain("shoulder-roll-squeeze", "hanging-bar-stretch");
            assertThat(post(token, "/items", "slug", "arm-circles")).hasStatus3xxRedirection();
            SavedRoutine added = saved.get(token);
            assertThat(added.routine().blocks().get(0).items()).extracting(i -> i.movement().slug())
                    .contains("arm-circles");

            refused(post(token, "/items", "slug", "shoulder-roll-squeeze"), token, added,
                    "the evening winds down without strengthening (Limber&#39;s choice)");
            refused(post(token, "/items", "slug", "arm-circles"), token, added, "is already in this routine");
            refused(post(token, "/items", "slug", "no-such-move"), token, added, "There is no movement called");
            assertThat(addable).extracting(Movement::slug).doesNotContain("marching-in-place");
            refused(post(token, "/items", "slug", "marching-in-place"), token, added,
                    "is not part of an evening wind-down");
        }

        @Test
        void the_last_movement_cannot_be_removed() throws Exception {
            MvcTestResult save = mvc.post().uri("/routines?slot=midday&minutes=5&place=desk&date=2026-11-23")
                    .param("name", "Tiny").with(csrf()).exchange();
            String token = save.getResponse().getRedirectedUrl().substring("/routines/".length());
            List<String> slugs = slugs(saved.get(token));
            for (String slug : slugs.subList(0, slugs.size() - 1)) {
                assertThat(post(token, "/items/" + slug + "/remove")).hasStatus3xxRedirection();
            }
            String last = slugs.get(slugs.size() - 1);
            SavedRoutine lastOne = saved.get(token);
            assertThat(slugs(lastOne)).containsExactly(last);
            refused(post(token, "/items/" + last + "/remove"), token, lastOne,
                    "A routine needs at least one movement.");
        }

        @Test
        void edits_need_a_csrf_token() throws Exception {
            String token = saveEvening("CSRF");
            List<String> before = slugs(saved.get(token));
            assertThat(mvc.post().uri("/routines/" + token + "/items/arm-circles/remove").exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(slugs(saved.get(token))).isEqualTo(before);
        }

        @Test
        void changes_are_read_back_from_the_database_as_they_were_made() throws Exception {
            String token = saveEvening("Survives");
            post(token, "/items/shoulder-rolls/dose", "reps", "12");
            post(token, "/items/arm-circles/remove");
            SavedRoutine reread = saved.get(token);
            assertThat(reread.name()).isEqualTo("Survives");
            assertThat(slugs(reread)).doesNotContain("arm-circles");
            assertThat(reread.routine().items().get(0).dose().reps()).isEqualTo(12);
            int sum = reread.routine().blocks().stream().mapToInt(RoutineBlock::seconds).sum();
            assertThat(reread.routine().seconds()).isEqualTo(sum);
        }
    }

    @Nested
    class Lookup {

        @Test
        void finds_a_generated_routine_with_its_inputs_pinned_and_a_saved_one_by_token() throws Exception {
            RoutineRef generated = lookup.generated(Map.of("slot", List.of("midday"), "minutes", List.of("5"),
                    "place", List.of("desk"), "equipment", List.of("chair"), "date", List.of("2026-11-23")));
            assertThat(generated.saved()).isFalse();
            assertThat(generated.pagePath()).isEqualTo(
                    "/routines/generate?slot=midday&minutes=5&place=desk&equipment=chair&date=2026-11-23");
            assertThat(generated.routine().items()).extracting(i -> i.movement().slug())
                    .isEqualTo(api(DESK_BREAK.substring(DESK_BREAK.indexOf('?') + 1)).get("blocks")
                            .findValuesAsString("slug"));

            String token = saveEvening("Looked up");
            RoutineRef ref = lookup.saved(token);
            assertThat(ref.name()).isEqualTo("Looked up");
            assertThat(ref.subPath("follow")).isEqualTo("/routines/" + token + "/follow");
        }

        @Test
        void bad_parameters_and_tokens_are_a_400_and_a_404() {
            assertThatThrownBy(() -> lookup.generated(Map.of("minutes", List.of("99"))))
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("minutes");
            assertThatThrownBy(() -> lookup.saved("nope")).isInstanceOf(NotFoundException.class);
        }
    }
}
