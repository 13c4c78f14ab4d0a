package app.limber.sheet;

import app.limber.system.BadRequestException;
import java.util.Locale;
import java.util.Set;

/** The paper a PDF is laid out for. The sheet fits both; only the page box differs. */
enum Paper {
    A4("A4"), LETTER("letter");

    /** Where Letter is the everyday paper (the brief's rule: the United States and Canada). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The value of the CSS {@code @page size} property. */
    String cssSize() {
        return cssSize;
    }

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code paper} parameter, or the default for the reader's country when it is absent. */
    static Paper parse(String raw, Locale locale) {
        if (raw == null || raw.isBlank()) {
            return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
        }
        for (Paper paper : values()) {
            if (paper.param().equalsIgnoreCase(raw.strip())) {
                return paper;
            }
        }
        throw new BadRequestException("paper", raw, "error.badRequest.unknownValue", "paper", raw, "a4, letter");
    }
}
