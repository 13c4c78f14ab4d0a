package app.limber.system;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Enum values as they appear in URLs: lower case with hyphens ({@code WARM_UP} is {@code warm-up}), so that
 * filtered and generated views have readable, shareable links.
 */
public final class EnumParams {

    private EnumParams() {
    }

    public static String toParam(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant for a URL value, or a {@link BadRequestException} naming the parameter and the value. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String raw) {
        String normalized = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        throw new BadRequestException(parameter, raw, "error.badRequest.unknownValue", parameter, raw,
                String.join(", ", allParams(type)));
    }

    /** All values of a multi-valued parameter; blank values (an empty select) are ignored. */
    public static <E extends Enum<E>> Set<E> parseAll(Class<E> type, String parameter, Collection<String> raws) {
        EnumSet<E> result = EnumSet.noneOf(type);
        if (raws != null) {
            for (String raw : raws) {
                if (raw != null && !raw.isBlank()) {
                    result.add(parse(type, parameter, raw));
                }
            }
        }
        return result;
    }

    public static <E extends Enum<E>> java.util.List<String> allParams(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(EnumParams::toParam).toList();
    }
}
