package app.limber.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Nested
    class Normalise {

        @Test
        void ignores_case_accents_and_apostrophes() {
            assertThat(SearchText.normalise("Child's Pose")).isEqualTo("childs pose");
            assertThat(SearchText.normalise("CHILD’S  pose")).isEqualTo("childs pose");
            assertThat(SearchText.normalise("Chílds pósé")).isEqualTo("childs pose");
        }

        @Test
        void turns_hyphens_and_punctuation_into_single_spaces() {
            assertThat(SearchText.normalise(" Cat-cow ")).isEqualTo("cat cow");
            assertThat(SearchText.normalise("t-spine / mid-back!")).isEqualTo("t spine mid back");
            assertThat(SearchText.normalise("  ")).isEmpty();
            assertThat(SearchText.normalise(null)).isEmpty();
        }
    }

    @Test
    void query_words_leave_out_filler_unless_there_is_nothing_else() {
        assertThat(SearchText.queryWords("stretch for the neck")).containsExactly("stretch", "neck");
        assertThat(SearchText.queryWords("the")).containsExactly("the");
    }

    @Test
    void a_plural_s_does_not_count_on_long_enough_words() {
        assertThat(SearchText.stem("lats")).isEqualTo("lat");
        assertThat(SearchText.stem("rhomboids")).isEqualTo("rhomboid");
        assertThat(SearchText.stem("cross")).isEqualTo("cross");
        assertThat(SearchText.stem("abs")).isEqualTo("abs");
    }
}
