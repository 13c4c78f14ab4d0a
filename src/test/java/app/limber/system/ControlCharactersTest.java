package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void control_characters_are_found_and_replaced_by_spaces() {
        assertThat(ControlCharacters.in("Morning\u0000stretch")).isTrue();
        assertThat(ControlCharacters.in("Morgen – Dehnung ☀")).isFalse();
        assertThat(ControlCharacters.replaced("A\u0000B\u001bC\u007fD\u0085E\tF")).isEqualTo("A B C D E F");
        assertThat(ControlCharacters.replaced("Morgen – Dehnung ☀")).isEqualTo("Morgen – Dehnung ☀");
    }
}
