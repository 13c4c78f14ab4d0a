package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.FieldError;

/**
 * The form binder on its own, over small forms of this test's own (the app's forms have their own tests): the one
 * number rule, enum values in URL form, dates and zones, missing and repeated values, control characters, and the
 * message key and arguments each kind of error files. Plain JUnit: a validator and a bundle, no Spring context.
 */
class FormBinderTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final FormBinder FORMS = new FormBinder(VALIDATION.getValidator());

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    enum Colour { DARK_RED, BLUE }

    record Counted(@Min(1) @Max(99) Integer count, Integer free) {
    }

    record Chosen(Colour colour, @NoneIsEmpty Colour maybe, @NoneIsEmpty Set<Colour> colours) {
    }

    record Dated(LocalDate day, ZoneId zone) {
    }

    record Required(@NotNull @Min(1) Integer count, @NotBlank String name) {
    }

    record Listed(List<Integer> numbers, @Distinct List<String> names) {
    }

    record Named(@NoControlCharacters @Size(max = 10) String name) {
    }

    static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    static <T extends Record> FormBinder.Bound<T> bind(Class<T> type, String... pairs) {
        return FORMS.bind(type, "test", params(pairs));
    }

    /** The one error of a bound form, which has none to give. */
    static FieldError onlyError(FormBinder.Bound<?> bound) {
        assertThat(bound.ok()).isFalse();
        assertThat(bound.form()).isNull();
        assertThat(bound.errors().getFieldErrors()).hasSize(1);
        return bound.errors().getFieldErrors().get(0);
    }

    @Nested
    class WholeNumbers {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {"5|5", "+5|5", "007|7", "' 42 '|42", "99|99",
                "000000000000000000042|42", "1|1"})
        void a_whole_number_with_an_optional_plus_and_leading_zeros_is_read(String raw, int value) {
            FormBinder.Bound<Counted> bound = bind(Counted.class, "count", raw);
            assertThat(bound.ok()).as(raw).isTrue();
            assertThat(bound.form().count()).isEqualTo(value);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"ten", "1.5", "1,5", "0x10", "1e3", "5-", "+-5", "--5", "+", "- 5", "\u0663",
                "\uff15", "Infinity"})
        void anything_else_is_a_number_error_quoting_the_value_and_the_bounds(String raw) {
            FieldError error = onlyError(bind(Counted.class, "count", raw));
            assertThat(error.getField()).isEqualTo("count");
            assertThat(error.getCode()).isEqualTo(FormBinder.NUMBER);
            assertThat(error.getArguments()[1]).isEqualTo(raw);
            assertThat(List.of(error.getArguments()).subList(2, 4)).containsExactly("1", "99");
        }

        @Test
        void a_control_character_inside_a_number_makes_it_no_number_and_is_quoted_as_a_space() {
            FieldError error = onlyError(bind(Counted.class, "count", "1\u00002"));
            assertThat(error.getCode()).isEqualTo(FormBinder.NUMBER);
            assertThat(error.getArguments()[1]).isEqualTo("1 2");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"0", "-5", "-0", "100", "2147483648", "99999999999999999999999", "-99999999999999999"})
        void a_number_out_of_range_however_large_is_a_number_error_not_an_overflow(String raw) {
            FieldError error = onlyError(bind(Counted.class, "count", raw));
            assertThat(error.getCode()).isEqualTo(FormBinder.NUMBER);
            assertThat(error.getRejectedValue()).isEqualTo(raw);
            assertThat(error.getArguments()[1]).isEqualTo(raw);
        }

        @Test
        void a_number_without_bounds_that_is_not_one_says_it_must_be_a_whole_number() {
            FieldError error = onlyError(bind(Counted.class, "free", "lots"));
            assertThat(error.getCode()).isEqualTo(FormBinder.WHOLE_NUMBER);
            assertThat(error.getArguments()[1]).isEqualTo("lots");
        }

        @Test
        void past_the_range_of_an_int_a_number_is_held_at_the_edge_so_a_rule_of_range_refuses_it() {
            assertThat(bind(Counted.class, "free", "99999999999").form().free()).isEqualTo(Integer.MAX_VALUE);
            assertThat(bind(Counted.class, "free", "-99999999999").form().free()).isEqualTo(Integer.MIN_VALUE);
            assertThat(bind(Counted.class, "free", "-2147483648").form().free()).isEqualTo(Integer.MIN_VALUE);
            assertThat(bind(Counted.class, "free", "-0").form().free()).isZero();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", " ", "\t"})
        void a_blank_number_is_no_number(String raw) {
            FormBinder.Bound<Counted> bound = bind(Counted.class, "count", raw);
            assertThat(bound.ok()).isTrue();
            assertThat(bound.form().count()).isNull();
        }
    }

    @Nested
    class EnumValues {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"dark-red", "DARK-RED", "dark_red", " Dark-Red "})
        void an_enum_value_is_read_in_url_form_in_any_case(String raw) {
            assertThat(bind(Chosen.class, "colour", raw).form().colour()).isEqualTo(Colour.DARK_RED);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"purple", "darkred", "dark red", "0", "none"})
        void an_unknown_value_is_a_choice_error_that_lists_the_choices_in_url_form(String raw) {
            FieldError error = onlyError(bind(Chosen.class, "colour", raw));
            assertThat(error.getCode()).isEqualTo(FormBinder.CHOICE);
            assertThat(error.getArguments()[1]).isEqualTo(raw.strip());
            assertThat(error.getArguments()[2]).isEqualTo("dark-red, blue");
        }

        @Test
        void none_is_no_value_only_where_the_form_says_so() {
            Chosen chosen = bind(Chosen.class, "maybe", "None", "colours", "none").form();
            assertThat(chosen.maybe()).isNull();
            assertThat(chosen.colours()).isEmpty();
            assertThat(onlyError(bind(Chosen.class, "colour", "none")).getCode()).isEqualTo(FormBinder.CHOICE);
        }

        @Test
        void repeated_values_make_a_set_and_one_bad_value_among_them_is_the_one_quoted() {
            assertThat(bind(Chosen.class, "colours", "blue", "colours", "dark-red", "colours", "BLUE").form()
                    .colours()).containsExactlyInAnyOrder(Colour.BLUE, Colour.DARK_RED);
            FieldError error = onlyError(bind(Chosen.class, "colours", "blue", "colours", "teal"));
            assertThat(error.getField()).isEqualTo("colours");
            assertThat(error.getArguments()[1]).isEqualTo("teal");
            assertThat(error.getRejectedValue()).isEqualTo("teal");
        }
    }

    @Nested
    class DatesAndZones {

        @Test
        void an_iso_date_and_a_zone_id_are_read() {
            Dated dated = bind(Dated.class, "day", "2026-11-23", "zone", "Europe/Berlin").form();
            assertThat(dated.day()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(dated.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"2026-02-30", "2026-13-01", "23/11/2026", "2026-11-23T10:00", "20261123", "today",
                "2026-1-5"})
        void anything_but_an_existing_iso_date_is_a_date_error(String raw) {
            FieldError error = onlyError(bind(Dated.class, "day", raw));
            assertThat(error.getCode()).isEqualTo(FormBinder.DATE);
            assertThat(error.getArguments()[1]).isEqualTo(raw);
        }

        @Test
        void an_unknown_or_overlong_zone_is_a_zone_error() {
            assertThat(onlyError(bind(Dated.class, "zone", "Mars/Olympus_Mons")).getCode()).isEqualTo(FormBinder.ZONE);
            String overlong = "Europe/" + "x".repeat(80);
            FieldError error = onlyError(bind(Dated.class, "zone", overlong));
            assertThat(error.getCode()).isEqualTo(FormBinder.ZONE);
            assertThat((String) error.getArguments()[1]).hasSize(Echo.MAX_CHARS + 1).endsWith("…");
        }
    }

    @Nested
    class MissingAndRepeated {

        @Test
        void a_required_value_left_out_or_blank_is_a_missing_error() {
            for (FormBinder.Bound<Required> bound : List.of(bind(Required.class, "name", "x"),
                    bind(Required.class, "name", "x", "count", "  "))) {
                FieldError error = onlyError(bound);
                assertThat(error.getField()).isEqualTo("count");
                assertThat(error.getCode()).isEqualTo(FormBinder.MISSING);
                assertThat(error.getArguments()[1]).isEqualTo("");
            }
            assertThat(onlyError(bind(Required.class, "count", "3", "name", " ")).getCode())
                    .isEqualTo(FormBinder.MISSING);
        }

        @Test
        void a_value_that_cannot_be_read_is_reported_once_not_also_as_missing() {
            FormBinder.Bound<Required> bound = bind(Required.class, "count", "many");
            assertThat(bound.errors().getFieldErrors("count")).singleElement()
                    .extracting(FieldError::getCode).isEqualTo(FormBinder.NUMBER);
            assertThat(bound.errors().getFieldErrors("name")).singleElement()
                    .extracting(FieldError::getCode).isEqualTo(FormBinder.MISSING);
        }

        @Test
        void a_repeated_parameter_for_one_value_takes_the_first_given() {
            assertThat(bind(Counted.class, "count", "3", "count", "5").form().count()).isEqualTo(3);
            assertThat(bind(Counted.class, "count", "", "count", "5").form().count()).isEqualTo(5);
            assertThat(onlyError(bind(Counted.class, "count", "x", "count", "5")).getArguments()[1]).isEqualTo("x");
        }

        @Test
        void a_list_keeps_the_order_given_and_a_repeat_where_it_must_not_is_quoted_alone() {
            assertThat(bind(Listed.class, "numbers", "3", "numbers", "+1", "numbers", "3").form().numbers())
                    .containsExactly(3, 1, 3);
            FieldError error = onlyError(bind(Listed.class, "names", "a", "names", "b", "names", "a"));
            assertThat(error.getField()).isEqualTo("names");
            assertThat(error.getCode()).isEqualTo(FormBinder.INVALID);
            assertThat(error.getArguments()[1]).isEqualTo("a");
            assertThat(onlyError(bind(Listed.class, "numbers", "1", "numbers", "two")).getArguments()[1])
                    .isEqualTo("two");
        }

        @Test
        void parameters_the_form_does_not_have_are_ignored() {
            FormBinder.Bound<Counted> bound = bind(Counted.class, "count", "4", "colour", "purple", "_csrf", "x");
            assertThat(bound.ok()).isTrue();
            assertThat(bound.form()).isEqualTo(new Counted(4, null));
        }
    }

    @Nested
    class ControlCharactersAndLength {

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(ints = {0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x7f})
        void a_name_with_a_control_character_inside_is_refused_and_quoted_on_one_line(int control) {
            String name = "a" + (char) control + "b";
            FieldError error = onlyError(bind(Named.class, "name", name));
            assertThat(error.getCode()).isEqualTo(FormBinder.INVALID);
            assertThat(error.getRejectedValue()).isEqualTo(name);
            assertThat(error.getArguments()[1]).isEqualTo("a b");
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(ints = {0x80, 0x85, 0x9f})
        void a_c1_control_character_is_refused_too(int control) {
            FieldError error = onlyError(bind(Named.class, "name", "a" + (char) control + "b"));
            assertThat(error.getCode()).isEqualTo(FormBinder.INVALID);
        }

        @Test
        void control_characters_at_the_ends_are_trimmed_like_spaces_and_others_pass() {
            assertThat(bind(Named.class, "name", "\tWake up\n").form().name()).isEqualTo("Wake up");
            assertThat(bind(Named.class, "name", "Étire ✓").form().name()).isEqualTo("Étire ✓");
        }

        @Test
        void a_too_long_value_is_invalid_with_its_size_bounds_and_quoted_cut_short() {
            FieldError error = onlyError(bind(Named.class, "name", "n".repeat(11)));
            assertThat(error.getCode()).isEqualTo(FormBinder.INVALID);
            assertThat(List.of(error.getArguments()).subList(1, 4)).containsExactly("n".repeat(11), "0", "10");
            String huge = "n".repeat(5000);
            assertThat((String) onlyError(bind(Named.class, "name", huge)).getArguments()[1])
                    .isEqualTo("n".repeat(Echo.MAX_CHARS) + "…");
        }
    }

    @Nested
    class Messages {

        final ResourceBundleMessageSource bundle = bundle();

        static ResourceBundleMessageSource bundle() {
            ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
            bundle.setBasenames("messages/common", "messages/routine", "messages/follow");
            bundle.setDefaultEncoding("UTF-8");
            bundle.setFallbackToSystemLocale(false);
            return bundle;
        }

        String message(FieldError error) {
            return bundle.getMessage(error, Locale.ENGLISH);
        }

        @Test
        void every_key_the_binder_files_is_in_the_bundle() {
            for (String key : List.of(FormBinder.NUMBER, FormBinder.CHOICE, FormBinder.DATE, FormBinder.MISSING,
                    FormBinder.INVALID, FormBinder.ZONE, FormBinder.WHOLE_NUMBER)) {
                assertThat(key).startsWith("form.error.");
                assertThat(bundle.getMessage(key, new Object[] {"x", "y", "1", "2"}, null, Locale.ENGLISH))
                        .as(key).isNotBlank();
            }
        }

        @Test
        void a_field_is_named_by_its_label_for_the_form_then_its_common_label_then_its_own_name() {
            StaticMessageSource labels = new StaticMessageSource();
            labels.addMessage(FormBinder.MISSING, Locale.ENGLISH, "Nothing for {0}.");
            labels.addMessage("field.name", Locale.ENGLISH, "a name");
            labels.addMessage("field.kept.name", Locale.ENGLISH, "the name to keep");
            FieldError kept = onlyError(FORMS.bind(Required.class, "kept", params("count", "1")));
            FieldError other = onlyError(FORMS.bind(Required.class, "other", params("count", "1")));
            FieldError count = onlyError(FORMS.bind(Required.class, "other", params("name", "n")));
            assertThat(labels.getMessage(kept, Locale.ENGLISH)).isEqualTo("Nothing for the name to keep.");
            assertThat(labels.getMessage(other, Locale.ENGLISH)).isEqualTo("Nothing for a name.");
            assertThat(labels.getMessage(count, Locale.ENGLISH)).isEqualTo("Nothing for count.");
        }

        @Test
        void the_app_labels_name_the_fields_in_the_messages() {
            record Plan(@Min(5) @Max(45) Integer minutes) {
            }
            assertThat(message(onlyError(FORMS.bind(Plan.class, "plan", params("minutes", "4")))))
                    .isEqualTo("Choose between 5 and 45 minutes (“4” cannot be used). Give a whole number.");
        }

        @Test
        void each_kind_of_error_reads_as_a_sentence_that_quotes_the_value() {
            assertThat(message(onlyError(bind(Chosen.class, "colour", "teal"))))
                    .isEqualTo("“teal” is not colour Limber knows. Choose from: dark-red, blue.");
            assertThat(message(onlyError(bind(Dated.class, "day", "2026-02-30"))))
                    .isEqualTo("“2026-02-30” is not a date. Use the form 2026-11-23.");
            assertThat(message(onlyError(bind(Counted.class, "free", "1.5"))))
                    .isEqualTo("“1.5” cannot be used for free: it must be a whole number.");
            assertThat(message(onlyError(bind(Required.class, "count", "1"))))
                    .isEqualTo("Nothing was given for name.");
        }

        @Test
        void the_first_error_as_an_exception_names_the_parameter_the_value_and_the_key() {
            BadRequestException e = bind(Counted.class, "free", "x", "count", "0").firstError();
            assertThat(e.parameter()).isEqualTo("count");
            assertThat(e.value()).isEqualTo("0");
            assertThat(e.messageKey()).isEqualTo(FormBinder.NUMBER);
            assertThat(bind(Counted.class, "free", "x", "count", "0").errors().getFieldErrors())
                    .extracting(FieldError::getField).containsExactly("count", "free");
        }
    }
}
