package app.limber.follow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The second side's words: left and right swapped as whole words, in the same case. */
class SidesTest {

    @Nested
    class Mirror {

        @Test
        void swaps_left_and_right_both_ways_in_one_text() {
            assertThat(Sides.mirror("To stretch the right side, look toward your left knee."))
                    .isEqualTo("To stretch the left side, look toward your right knee.");
        }

        @Test
        void keeps_the_case_of_each_word() {
            assertThat(Sides.mirror("Left or Right upper back, RIGHT now")).isEqualTo("Right or Left upper back, LEFT now");
        }

        @Test
        void leaves_words_that_only_contain_a_side_alone() {
            assertThat(Sides.mirror("Sit upright, brightly, with the leftover cushion"))
                    .isEqualTo("Sit upright, brightly, with the leftover cushion");
        }

        @Test
        void swaps_the_spanish_sides_keeping_gender_number_and_case() {
            assertThat(Sides.mirror("Apoya la mano derecha y mira hacia tu rodilla izquierda; Izquierdo, DERECHOS."))
                    .isEqualTo("Apoya la mano izquierda y mira hacia tu rodilla derecha; Derecho, IZQUIERDOS.");
        }

        @Test
        void leaves_spanish_words_that_only_contain_a_side_alone() {
            assertThat(Sides.mirror("Siéntate derechamente, sin rodilla izquierdista"))
                    .isEqualTo("Siéntate derechamente, sin rodilla izquierdista");
        }

        @Test
        void a_dollar_or_backslash_in_the_text_is_kept_as_it_is() {
            assertThat(Sides.mirror("right $1 \\ left")).isEqualTo("left $1 \\ right");
        }
    }
}
