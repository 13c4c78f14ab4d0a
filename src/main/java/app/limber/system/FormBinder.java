package app.limber.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Binds request parameters to a form record and validates it with Bean Validation, the same way for every form:
 * one rule per kind of value (whole numbers, ISO dates, enum values in URL form, time zones) and one message key
 * per kind of error, each quoting the value as it was sent (cut short) and naming the field by its label
 * ({@code field.<name>} in the bundles). The errors are a {@link MapBindingResult} over the values as sent, so a
 * page shows them with {@code th:errors} and an API or error page reads them as field errors.
 */
@Component
public class FormBinder {

    /** Message keys, one per kind of error: {0} the field's label, {1} the value as sent, {2} and {3} the bounds. */
    public static final String NUMBER = "form.error.number";
    public static final String CHOICE = "form.error.choice";
    public static final String DATE = "form.error.date";
    public static final String MISSING = "form.error.missing";
    public static final String INVALID = "form.error.invalid";
    public static final String ZONE = "form.error.zone";
    /** A number whose range is a rule of its own elsewhere (a dose's bounds depend on the movement). */
    public static final String WHOLE_NUMBER = "form.error.wholeNumber";

    /** A whole number: digits with an optional sign; past the range of an int it is still a number, just too big. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final String NONE = "none";

    private final Validator validator;
    private final GenericConversionService conversions = new GenericConversionService();

    public FormBinder(Validator validator) {
        this.validator = validator;
        conversions.addConverter(String.class, Integer.class, FormBinder::wholeNumber);
        conversions.addConverter(String.class, LocalDate.class, LocalDate::parse);
        conversions.addConverter(String.class, ZoneId.class, FormBinder::zone);
        conversions.addConverterFactory(new EnumValues());
    }

    /** The form, or the errors (field to what was wrong); never both. */
    public record Bound<T>(T form, MapBindingResult errors) {

        public boolean ok() {
            return !errors.hasErrors();
        }

        /** The form, or its errors as a {@link BindException}: an API answers that as a 400, one message a field. */
        public T formOrThrow() throws BindException {
            if (!ok()) {
                throw new BindException(errors);
            }
            return form;
        }

        /** The first error as an exception for pages that have no form to show it on (a 400 page or JSON). */
        public BadRequestException firstError() {
            FieldError error = errors.getFieldErrors().get(0);
            return new BadRequestException(error.getField(), String.valueOf(error.getRejectedValue()),
                    error.getCode(), error.getArguments());
        }
    }

    /**
     * Reads the record's components from the parameters of the same names (blank values are no value), then checks
     * its constraints. A value that cannot be converted is reported once and the component left null.
     */
    public <T extends Record> Bound<T> bind(Class<T> type, String name, Map<String, List<String>> params) {
        Map<String, Object> sent = new LinkedHashMap<>();
        MapBindingResult errors = new MapBindingResult(sent, name);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            List<String> raws = values(params.get(component.getName()), component.isAnnotationPresent(NoneIsEmpty.class));
            if (!raws.isEmpty()) {
                sent.put(component.getName(), raws.size() == 1 ? raws.get(0) : raws);
            }
            values[i] = convert(component, raws, errors);
        }
        T form = construct(type, components, values);
        for (ConstraintViolation<T> violation : validator.validate(form)) {
            Path.Node first = violation.getPropertyPath().iterator().next();
            String field = first.getName();
            if (errors.getFieldError(field) == null) {
                RecordComponent component = Arrays.stream(components).filter(c -> c.getName().equals(field))
                        .findFirst().orElseThrow();
                Object raw = shown(sent.get(field), violation.getPropertyPath());
                Object[] ruleArgs = ruleArguments(violation);
                if (ruleArgs != null) {
                    // A constraint that asks a rule (RoutineEdits.name, say) files the rule's own key and arguments.
                    errors.addError(new FieldError(errors.getObjectName(), field, raw, true,
                            new String[] {code(violation)}, ruleArgs, null));
                } else {
                    reject(errors, component, raw, code(violation), lower(component));
                }
            }
        }
        return new Bound<>(errors.hasErrors() ? null : form, inFormOrder(errors, components));
    }

    /**
     * The value a violation is about as it was sent: for a violation on one element of a list (its path carries an
     * index), that element, so the message quotes the one bad value rather than the whole list.
     */
    private static Object shown(Object sent, Path path) {
        for (Path.Node node : path) {
            if (node.getIndex() != null && sent instanceof List<?> list && node.getIndex() < list.size()) {
                return list.get(node.getIndex());
            }
        }
        return sent;
    }

    /** The arguments a constraint passed on from the rule it asked (as its dynamic payload), or null. */
    private static Object[] ruleArguments(ConstraintViolation<?> violation) {
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return hibernate.getDynamicPayload(Object[].class);
        } catch (ValidationException e) {
            return null;
        }
    }

    /** The errors in the order the form has its fields, as a page lists them. */
    private static MapBindingResult inFormOrder(MapBindingResult errors, RecordComponent[] components) {
        @SuppressWarnings("unchecked")
        MapBindingResult ordered = new MapBindingResult((Map<String, Object>) errors.getTarget(), errors.getObjectName());
        for (RecordComponent component : components) {
            errors.getFieldErrors(component.getName()).forEach(ordered::addError);
        }
        return ordered;
    }

    private Object convert(RecordComponent component, List<String> raws, MapBindingResult errors) {
        if (Set.class.isAssignableFrom(component.getType()) || List.class.isAssignableFrom(component.getType())) {
            Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            List<Object> converted = new ArrayList<>();
            for (String raw : raws) {
                Object value = convertOne(component, element, raw, errors);
                if (value == null) {
                    return Set.class.isAssignableFrom(component.getType()) ? Set.of() : List.of();
                }
                converted.add(value);
            }
            return Set.class.isAssignableFrom(component.getType()) ? Set.copyOf(new LinkedHashSet<>(converted))
                    : List.copyOf(converted);
        }
        return raws.isEmpty() ? null : convertOne(component, component.getType(), raws.get(0), errors);
    }

    private Object convertOne(RecordComponent component, Class<?> type, String raw, MapBindingResult errors) {
        try {
            return conversions.convert(raw, type);
        } catch (ConversionFailedException e) {
            String code = type == Integer.class ? ("".equals(lower(component)) ? WHOLE_NUMBER : NUMBER) : type.isEnum() ? CHOICE : type == LocalDate.class ? DATE
                    : type == ZoneId.class ? ZONE : INVALID;
            // For an enum value the choices stand in for the bounds: the message lists them.
            Object choices = type.isEnum() ? String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> EnumParams.toParam((Enum<?>) c)).toList()) : lower(component);
            reject(errors, component, raw, code, choices);
            return null;
        }
    }

    private static void reject(MapBindingResult errors, RecordComponent component, Object raw, String code,
                               Object lower) {
        String field = component.getName();
        String shown = raw instanceof String s ? Echo.shorten(s) : raw == null ? "" : Echo.shorten(raw.toString());
        Object[] args = {label(errors.getObjectName(), field), shown, lower, upper(component)};
        errors.addError(new FieldError(errors.getObjectName(), field, raw, true, new String[] {code}, args, null));
    }

    /** The field's label from the bundles ({@code field.routine.minutes}, then {@code field.minutes}). */
    static DefaultMessageSourceResolvable label(String objectName, String field) {
        return new DefaultMessageSourceResolvable(new String[] {"field." + objectName + "." + field, "field." + field},
                field);
    }

    /** The message key of a violation: a number out of its range is the number kind, a missing value its own. */
    private static String code(ConstraintViolation<?> violation) {
        // A constraint that names its own message key keeps it (a form may say more than "nothing was given").
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")) {
            return template.substring(1, template.length() - 1);
        }
        Class<? extends Annotation> kind = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (kind == Min.class || kind == Max.class) {
            return NUMBER;
        }
        return kind.getSimpleName().startsWith("Not") ? MISSING : INVALID;
    }

    /** The lower bound the messages quote: a number's minimum, or what its constraint says ({@link Bounds}). */
    private static Object lower(RecordComponent component) {
        Min min = annotation(component, Min.class);
        Size size = annotation(component, Size.class);
        return min != null ? (Object) Long.toString(min.value()) : size != null ? Integer.toString(size.min()) : bounds(component, 0);
    }

    private static Object upper(RecordComponent component) {
        Max max = annotation(component, Max.class);
        Size size = annotation(component, Size.class);
        return max != null ? (Object) Long.toString(max.value()) : size != null ? Integer.toString(size.max()) : bounds(component, 1);
    }

    /** Constraints on a component are kept on its field (they do not target record components). */
    private static <A extends Annotation> A annotation(RecordComponent component, Class<A> type) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object bounds(RecordComponent component, int index) {
        for (Annotation annotation : fieldAnnotations(component)) {
            Bounds bounds = annotation.annotationType().getAnnotation(Bounds.class);
            if (bounds != null) {
                return bounds.value()[index];
            }
        }
        return "";
    }

    private static Annotation[] fieldAnnotations(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotations();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> values(List<String> raws, boolean noneIsEmpty) {
        if (raws == null) {
            return List.of();
        }
        return raws.stream().filter(r -> r != null && !r.isBlank()).map(String::strip)
                .filter(r -> !(noneIsEmpty && r.equalsIgnoreCase(NONE))).toList();
    }

    private static <T extends Record> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + type.getSimpleName(), e);
        }
    }

    /** The one number rule: a whole number, clamped to an int so that a huge one is refused as out of range. */
    static Integer wholeNumber(String raw) {
        String text = raw.strip();
        if (!WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("not a whole number");
        }
        boolean negative = text.startsWith("-");
        String digits = text.replaceFirst("^[+-]?0*", "");
        if (digits.length() > 10) {
            return negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        long value = digits.isEmpty() ? 0 : Long.parseLong(digits);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, negative ? -value : value));
    }

    private static ZoneId zone(String raw) {
        if (raw.length() > 64) {
            throw new IllegalArgumentException("too long for a zone");
        }
        return ZoneId.of(raw);
    }

    /** Enum values in URL form ({@code warm-up}), any case. */
    private static final class EnumValues implements ConverterFactory<String, Enum> {

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <E extends Enum> Converter<String, E> getConverter(Class<E> type) {
            return raw -> {
                String normalized = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(normalized)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("unknown value");
            };
        }
    }
}
