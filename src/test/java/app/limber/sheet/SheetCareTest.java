package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sheet's short form of a movement's cues and cautions: whole sentences, cautions first, when room runs out. */
class SheetCareTest {

    static final String CUE = "Keep your lower ribs down.";
    static final String CAUTION = "Be especially careful if your lower back gives you trouble.";

    @Test
    void everything_is_printed_as_it_is_when_it_fits() {
        SheetCare.Text text = SheetCare.shortForm(List.of(CUE), List.of(CAUTION), 200);
        assertThat(text.text()).isEqualTo(CUE + " " + CAUTION);
        assertThat(text.cut()).isFalse();
    }

    @Test
    void short_of_room_the_caution_stays_whole_and_the_cue_gives_way() {
        SheetCare.Text text = SheetCare.shortForm(List.of(CUE), List.of(CAUTION), CAUTION.length() + 10);
        assertThat(text.text()).isEqualTo(CAUTION + " " + SheetCare.CUT);
        assertThat(text.cut()).isTrue();
    }

    @Test
    void whole_sentences_that_fit_keep_their_usual_order() {
        String other = "Stop if it pinches.";
        SheetCare.Text text = SheetCare.shortForm(List.of(CUE), List.of(other, CAUTION),
                CUE.length() + other.length() + 10);
        assertThat(text.text()).isEqualTo(CUE + " " + other + " " + SheetCare.CUT);
    }

    @Test
    void only_a_first_sentence_longer_than_the_room_is_cut_at_a_word() {
        SheetCare.Text text = SheetCare.shortForm(List.of(CUE), List.of(CAUTION), 30);
        assertThat(text.text()).isEqualTo("Be especially careful if your" + SheetCare.CUT);
        assertThat(text.text().length()).isLessThanOrEqualTo(30);
    }

    @Test
    void no_room_prints_nothing_and_says_it_was_cut() {
        SheetCare.Text text = SheetCare.shortForm(List.of(CUE), List.of(CAUTION), 0);
        assertThat(text.empty()).isTrue();
        assertThat(text.cut()).isTrue();
    }
}
