package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sealing a saved routine's link under its owner's key, in plain Java. */
class RoutinePathSealTest {

    static final String ALICE = "a".repeat(43);
    static final String BOB = "b".repeat(43);
    static final String SAVED = "/routines/abcdefghijklmnopqrst_-";

    @Test
    void a_saved_routine_link_is_stored_without_its_token_and_opens_only_with_its_owners_key() {
        String stored = RoutinePathSeal.seal(SAVED, HistoryOwner.of(ALICE));
        assertThat(stored).startsWith(RoutinePathSeal.PREFIX).doesNotContain("abcdefghijklmnopqrst")
                .hasSizeLessThanOrEqualTo(500);
        assertThat(RoutinePathSeal.open(stored, HistoryOwner.of(ALICE))).contains(SAVED);
        assertThat(RoutinePathSeal.open(stored, HistoryOwner.of(BOB))).isEmpty();
    }

    @Test
    void the_same_link_sealed_twice_gives_different_values() {
        assertThat(RoutinePathSeal.seal(SAVED, HistoryOwner.of(ALICE)))
                .isNotEqualTo(RoutinePathSeal.seal(SAVED, HistoryOwner.of(ALICE)));
    }

    @Test
    void a_generated_routine_link_holds_no_secret_and_stays_plain() {
        String generated = "/routines/generate?slot=evening&minutes=5";
        assertThat(RoutinePathSeal.seal(generated, HistoryOwner.of(ALICE))).isEqualTo(generated);
        assertThat(RoutinePathSeal.seal("/routines/generate", HistoryOwner.of(ALICE)))
                .isEqualTo("/routines/generate");
        // A token that happens to begin with "generate" is still a private link.
        assertThat(RoutinePathSeal.seal("/routines/generateabcdefghijklmn", HistoryOwner.of(ALICE)))
                .startsWith(RoutinePathSeal.PREFIX);
    }

    @Test
    void the_movement_break_link_holds_no_secret_and_stays_plain() {
        assertThat(RoutinePathSeal.seal("/reminders/break", HistoryOwner.of(ALICE))).isEqualTo("/reminders/break");
    }

    @Test
    void a_damaged_sealed_value_opens_to_nothing_rather_than_failing() {
        String stored = RoutinePathSeal.seal(SAVED, HistoryOwner.of(ALICE));
        char last = stored.charAt(stored.length() - 1);
        String flipped = stored.substring(0, stored.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(RoutinePathSeal.open(flipped, HistoryOwner.of(ALICE))).isEmpty();
        assertThat(RoutinePathSeal.open("s1:%%%", HistoryOwner.of(ALICE))).isEmpty();
        assertThat(RoutinePathSeal.open("s1:", HistoryOwner.of(ALICE))).isEmpty();
    }

    @Test
    void the_owner_prints_as_a_hash_prefix_never_as_its_identifier() {
        assertThat(HistoryOwner.of(ALICE).toString()).doesNotContain(ALICE).doesNotContain("aaaaaaaaaa");
    }
}
