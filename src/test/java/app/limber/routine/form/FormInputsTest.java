package app.limber.routine.form;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Place;
import app.limber.system.FormBinder;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.FieldError;

/** The routine and plan forms: what they read, the one rule per kind of value, and the links they write. */
class FormInputsTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final FormBinder FORMS = new FormBinder(VALIDATION.getValidator());

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    static FormBinder.Bound<RoutineInputs> routine(String... pairs) {
        return FORMS.bind(RoutineInputs.class, RoutineInputs.NAME, params(pairs));
    }

    @Nested
    class Reading {

        @Test
        void values_in_url_form_any_case_and_padded_are_read() {
            RoutineInputs form = routine("slot", " Evening ", "minutes", "+10", "place", "HOME", "equipment", "chair",
                    "equipment", "foam-roller", "date", "2026-11-23").form();
            assertThat(form.slot()).isEqualTo(Slot.EVENING);
            assertThat(form.minutes()).isEqualTo(10);
            assertThat(form.place()).isEqualTo(Place.HOME);
            assertThat(form.equipment()).containsExactlyInAnyOrder(Equipment.CHAIR, Equipment.FOAM_ROLLER);
            assertThat(form.date()).isEqualTo(LocalDate.of(2026, 11, 23));
        }

        @Test
        void none_and_blank_values_are_no_value_and_the_request_takes_the_defaults() {
            RoutineInputs form = routine("equipment", "none", "caution", "", "focus", "NONE", "minutes", " ").form();
            assertThat(form.equipment()).isEmpty();
            assertThat(form.focus()).isNull();
            Clock sevenAm = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);
            var request = form.request(sevenAm);
            assertThat(request.slot()).isEqualTo(Slot.MORNING);
            assertThat(request.date()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(request.shuffle()).isZero();
        }

        @Test
        void a_plan_keeps_only_its_own_inputs_in_their_order() {
            FormBinder.Bound<DayInputs> bound = FORMS.bind(DayInputs.class, DayInputs.NAME, params("x", "1",
                    "focus", "neck-shoulders", "paper", "letter", "slot", "evening", "equipment", "resistance-band",
                    "equipment", "chair", "minutes", "10", "morning", "07:00"));
            assertThat(bound.form().query())
                    .isEqualTo("minutes=10&equipment=chair&equipment=resistance-band&focus=neck-shoulders");
            assertThat(bound.form().params().keySet()).containsExactly("minutes", "equipment", "focus");
        }
    }

    @Nested
    class Refusing {

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
                "minutes|4|form.error.number", "minutes|46|form.error.number", "minutes|ten|form.error.number",
                "minutes|7.5|form.error.number", "minutes|0x10|form.error.number",
                "minutes|99999999999999999999|form.error.number", "shuffle|10000|form.error.number",
                "shuffle|-1|form.error.number", "slot|dusk|form.error.choice", "equipment|rope|form.error.choice",
                "focus|toes|form.error.choice", "date|2026-13-01|form.error.date", "date|tomorrow|form.error.date",
                "date|1999-12-31|form.error.dateRange", "date|2200-01-01|form.error.dateRange"})
        void each_bad_value_is_one_error_of_its_kind_quoting_what_was_sent(String field, String value, String code) {
            FormBinder.Bound<RoutineInputs> bound = routine(field, value);
            assertThat(bound.ok()).isFalse();
            assertThat(bound.form()).isNull();
            assertThat(bound.errors().getFieldErrors()).singleElement().satisfies(error -> {
                assertThat(error.getField()).isEqualTo(field);
                assertThat(error.getCode()).isEqualTo(code);
                assertThat(error.getArguments()[1]).isEqualTo(value);
            });
        }

        @Test
        void a_number_error_quotes_its_bounds_and_a_choice_error_the_choices() {
            FieldError minutes = routine("minutes", "99").errors().getFieldError("minutes");
            assertThat(List.of(minutes.getArguments()).subList(1, 4)).containsExactly("99", "5", "45");
            FieldError slot = routine("slot", "dusk").errors().getFieldError("slot");
            assertThat(slot.getArguments()[2]).isEqualTo("morning, midday, evening");
            FieldError date = routine("date", "1582-10-10").errors().getFieldError("date");
            assertThat(List.of(date.getArguments()).subList(2, 4)).containsExactly("2000-01-01", "2199-12-31");
        }

        @Test
        void the_errors_come_in_the_order_of_the_form() {
            assertThat(routine("shuffle", "x", "focus", "x", "minutes", "99", "slot", "x").errors().getFieldErrors())
                    .extracting(FieldError::getField).containsExactly("slot", "minutes", "focus", "shuffle");
        }

        @Test
        void a_value_quoted_back_is_cut_short() {
            FieldError error = routine("slot", "z".repeat(5000)).errors().getFieldError("slot");
            assertThat((String) error.getArguments()[1]).hasSizeLessThan(50);
        }
    }

    @Nested
    class Writing {

        @Test
        void the_canonical_query_lists_what_was_given_in_parameter_and_enum_order() {
            RoutineInputs form = routine("shuffle", "3", "date", "2026-11-23", "equipment", "resistance-band",
                    "equipment", "chair", "slot", "midday", "minutes", "10").form();
            assertThat(form.query())
                    .isEqualTo("slot=midday&minutes=10&equipment=chair&equipment=resistance-band&date=2026-11-23&shuffle=3");
            assertThat(form.link("/routines/generate")).startsWith("/routines/generate?slot=midday&");
            assertThat(new RoutineInputs(null, null, null, null, null, null, null, null).link("/x")).isEqualTo("/x");
        }

        @Test
        void a_request_written_and_read_back_is_the_same_request() {
            Clock noon = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
            var request = routine("slot", "evening", "equipment", "chair", "caution", "neck", "focus", "posture",
                    "shuffle", "7").form().request(noon);
            Map<String, List<String>> written = RoutineInputs.of(request).params();
            assertThat(FORMS.bind(RoutineInputs.class, RoutineInputs.NAME, written).form().request(noon))
                    .isEqualTo(request);
            assertThat(written.keySet()).containsExactlyElementsOf(RoutineInputs.PARAMETERS);
        }
    }
}
