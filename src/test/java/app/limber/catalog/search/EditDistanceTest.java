package app.limber.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void counts_substitutions_insertions_deletions_and_swaps() {
        assertThat(EditDistance.bounded("thorasic", "thoracic", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("sholder", "shoulder", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("shoulders", "shoulder", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("rhombiod", "rhomboid", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("same", "same", 0)).isZero();
    }

    @Test
    void stops_past_the_bound_and_reports_bound_plus_one() {
        assertThat(EditDistance.bounded("banana", "band", 1)).isEqualTo(2);
        assertThat(EditDistance.bounded("surgery", "stretch", 2)).isEqualTo(3);
        assertThat(EditDistance.bounded("a", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void short_words_get_no_slips_and_long_ones_two() {
        assertThat(EditDistance.allowedFor("lat")).isZero();
        assertThat(EditDistance.allowedFor("neck")).isEqualTo(1);
        assertThat(EditDistance.allowedFor("thorasic")).isEqualTo(2);
    }
}
