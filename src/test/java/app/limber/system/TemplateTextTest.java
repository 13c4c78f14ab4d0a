package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Area;
import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Muscle;
import app.limber.catalog.Slot;
import app.limber.catalog.Style;
import app.limber.catalog.Topic;
import app.limber.catalog.VariationKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All user-visible text comes from the message bundles, so a second language needs only new bundles. */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    /** Text between tags may only be punctuation, symbols and spaces (separators such as ", " or " · "). */
    private static final Pattern ALLOWED_TEXT = Pattern.compile("[\\s\\p{Punct}\\p{S}·–—…]*");
    /** A plain (not th:) attribute whose value people read or hear. */
    private static final Pattern READ_ATTRIBUTE = Pattern.compile("(?<![:\\w-])(title|alt|placeholder|aria-label"
            + "|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|label)=\"([^\"]*)\"");
    /** A tag whose value or content attribute people read: a button-like input, a meta tag a browser shows. */
    private static final Pattern SHOWN_VALUE = Pattern.compile(
            "<input\\b[^>]*\\btype=\"(submit|button|reset)\"[^>]*>|<meta\\b[^>]*\\bname=\"(description|"
                    + "application-name|apple-mobile-web-app-title)\"[^>]*>");
    private static final Pattern PLAIN_VALUE = Pattern.compile("(?<![:\\w-])(value|content)=\"([^\"]*)\"");
    /** A th: attribute that writes text people read, and the quoted literals inside its expression. */
    private static final Pattern TEXT_EXPRESSION = Pattern.compile(
            "th:(text|utext|title|alt|placeholder|aria-label|value|content|attr|data-[a-z-]+)=\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    /**
     * A literal in an expression that is not text: a message key or key prefix ("slot.", "mine.format.date"), an
     * element id or value ("name-error-", "midday"). Words for people ("Minutes", " min") never match.
     */
    private static final Pattern MACHINE_LITERAL = Pattern.compile("[a-z][A-Za-z0-9]*([.-][A-Za-z0-9]*)*|[.-]?");
    /**
     * The documented exceptions, kept minimal. Literals: "MMM", the java.time pattern for a month's short name,
     * which every language writes in the same shape (the name itself comes from the page's locale).
     */
    static final Set<String> ALLOWED_LITERALS = Set.of("MMM");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void templates_have_no_hard_coded_text() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "")
                    .replaceAll("<!DOCTYPE[^>]*>", "");
            for (String text : html.split("<[^>]*>")) {
                if (!ALLOWED_TEXT.matcher(text).matches()) {
                    offenders.add(TEMPLATES.relativize(template) + ": \"" + text.strip() + "\"");
                }
            }
        }
        assertThat(offenders).as("text nodes that should come from messages").isEmpty();
    }

    @Test
    void templates_have_no_hard_coded_text_in_attributes_people_read() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = READ_ATTRIBUTE.matcher(Files.readString(template).replaceAll("(?s)<!--.*?-->", ""));
            while (m.find()) {
                if (m.group(2).chars().anyMatch(Character::isLetter)) {
                    offenders.add(TEMPLATES.relativize(template) + ": " + m.group(1) + "=\"" + m.group(2) + "\"");
                }
            }
        }
        assertThat(offenders).as("title, alt, placeholder and aria-label text should come from messages").isEmpty();
    }

    @Test
    void templates_have_no_hard_coded_text_on_buttons_or_in_meta_tags() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher tag = SHOWN_VALUE.matcher(Files.readString(template).replaceAll("(?s)<!--.*?-->", ""));
            while (tag.find()) {
                Matcher m = PLAIN_VALUE.matcher(tag.group());
                while (m.find()) {
                    if (m.group(2).chars().anyMatch(Character::isLetter)) {
                        offenders.add(TEMPLATES.relativize(template) + ": " + tag.group());
                    }
                }
            }
        }
        assertThat(offenders).as("button values and meta descriptions should come from messages").isEmpty();
    }

    /** {@code th:text="'Back'"} or {@code th:text="${n} + ' minutes'"} is hard-coded text too. */
    @Test
    void templates_have_no_words_in_quoted_literals_of_text_expressions() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher attribute = TEXT_EXPRESSION.matcher(Files.readString(template).replaceAll("(?s)<!--.*?-->", ""));
            while (attribute.find()) {
                Matcher literal = LITERAL.matcher(attribute.group(2));
                while (literal.find()) {
                    String text = literal.group(1);
                    if (text.chars().anyMatch(Character::isLetter) && !MACHINE_LITERAL.matcher(text).matches()
                            && !ALLOWED_LITERALS.contains(text)) {
                        offenders.add(TEMPLATES.relativize(template) + ": '" + text + "' in " + attribute.group());
                    }
                }
            }
        }
        assertThat(offenders).as("words in th: expressions should come from messages").isEmpty();
    }

    @Test
    void every_message_key_named_in_a_template_exists() throws IOException {
        Properties all = allMessages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!all.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_enum_constant_has_a_label() throws IOException {
        Properties all = allMessages();
        Map<String, Class<? extends Enum<?>>> enums = Map.of("block.", Block.class, "style.", Style.class,
                "position.", BodyPosition.class, "equipment.", Equipment.class, "area.", Area.class, "muscle.",
                Muscle.class, "slot.", Slot.class, "caution.", Caution.class, "variation.", VariationKind.class,
                "topic.", Topic.class);
        enums.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(all).as(prefix + constant.name()).containsKey(prefix + constant.name());
            }
        });
        for (Block block : Block.values()) {
            assertThat(all).containsKey("blockPurpose." + block.name());
        }
    }

    /** Every template; the layout and error page among them, so a wrong folder cannot pass on no templates at all. */
    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).as("templates under " + TEMPLATES)
                    .contains(TEMPLATES.resolve("fragments/layout.html"), TEMPLATES.resolve("error.html"));
            return templates;
        }
    }

    static Properties allMessages() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Properties one = new Properties();
                    one.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                    all.putAll(one);
                }
            }
        }
        return all;
    }
}
