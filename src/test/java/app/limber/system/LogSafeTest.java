package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What may reach a log line: no private token in a path, no quoted value in a refusal's reason. */
class LogSafeTest {

    @Test
    void tokens_in_paths_are_hidden() {
        assertThat(LogSafe.path("/routines/hGUROfwgK9r_eEFVNx_NwQ/sheet.pdf")).isEqualTo("/routines/{token}/sheet.pdf");
        assertThat(LogSafe.path("/history/restore/" + "a".repeat(43))).isEqualTo("/history/restore/{token}");
        assertThat(LogSafe.path("/stretches/cat-cow")).isEqualTo("/stretches/cat-cow");
    }

    @Test
    void values_quoted_in_a_reason_are_left_out() {
        assertThat(LogSafe.reason("Parameter [q] with value [hGUROfwgK9r_eEFVNx_NwQ%] could not be decoded"))
                .isEqualTo("Parameter […] with value […] could not be decoded");
        assertThat(LogSafe.reason("The request was rejected because the URL contained a potentially malicious "
                + "String \"%2e\"")).doesNotContain("%2e").endsWith("String \"…\"");
        assertThat(LogSafe.reason(null)).isEmpty();
    }
}
