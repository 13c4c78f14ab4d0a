package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several features append to the stylesheets, and a browser forgives their mistakes silently: a block left open
 * makes every rule after it part of it, a missing ';' drops two declarations, an empty selector in a list drops the
 * whole rule. Each sheet is read as a browser reads it ({@link CssSheet}) and must come out as written: every rule
 * a selector list with declarations, at the level its indentation says (top-level rules start a line, rules inside
 * an at-rule are indented), so a block left open cannot be hidden by a stray '}' further on.
 */
class StylesheetTest {

    private static String read(String file) throws IOException {
        return Files.readString(Path.of("src/main/resources/static/css", file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limber.css", "sheet.css"})
    void every_rule_is_read_as_written(String file) throws IOException {
        String css = read(file);
        assertThat(problems(css)).as(file).isEmpty();
        assertThat(CssSheet.parse(css).rules).as(file).hasSizeGreaterThan(50);
    }

    @Test
    void the_site_header_is_hidden_in_print_and_only_there() throws IOException {
        var hiding = CssSheet.parse(read("limber.css")).rules.stream()
                .filter(rule -> Arrays.stream(rule.selector().split(",")).map(String::strip)
                        .anyMatch(".site-header"::equals))
                .filter(rule -> rule.declarations().stream()
                        .anyMatch(d -> d.property().equals("display") && d.value().startsWith("none")))
                .toList();
        assertThat(hiding).isNotEmpty().allSatisfy(rule -> assertThat(rule.within()).containsExactly("@media print"));
    }

    /** The reader itself, on the mistakes it is there to catch: each must be an error, at its line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a block left open|.a { color: red;\\n.b { color: blue; }\\n.c { color: green; }|line 1: the block opened here is never closed",
            "a block left open, hidden by a stray brace|@media print {\\n  .a { color: red; }\\n.b { color: blue; }\\n}|line 3: .b is inside [@media print], so it must be indented",
            "an extra brace|.a { color: red; } }\\n.b { color: blue; }|line 1: a '}' closes no block",
            "a missing semicolon|.a {\\n  color: red\\n  background: blue;\\n}|line 2: color: red background: blue runs into the next declaration",
            "a missing colon|.a { color red; }|line 1: \"color red\" is not a declaration",
            "an empty selector|.a, , .b { color: red; }|line 1: an empty selector in \".a, , .b\" drops the whole rule",
            "a trailing comma|.a,\\n.b, { color: red; }|line 1: an empty selector",
            "a comment left open|.a { color: red; }\\n/* note\\n.b { color: blue; }|line 2: a comment is never closed",
            "a string left open|.a { content: \"x; }\\n.b { color: blue; }|line 1: a string is never closed",
            "a rule without declarations|.a { }|line 1: .a has no declarations",
            "an indented top-level rule|.a { color: red; }\\n  .b { color: blue; }|line 2: .b is at the top level, so it must start its line",
            "a media block left open|@media print {\\n  .a { color: red; }\\n@media screen {\\n  .b { color: blue; }\\n}\\n}|line 3: @media screen is inside [@media print], so it must be indented"})
    void the_reader_catches_each_mistake(String mistake, String css, String error) {
        String sheet = css.replace("\\n", "\n");
        assertThat(problems(sheet)).as(mistake).anySatisfy(problem -> assertThat(problem).startsWith(error));
    }

    @Test
    void the_reader_accepts_what_the_sheets_hold() {
        String css = """
                /* a comment { with braces } */
                :root { --font: system-ui, "Segoe UI"; --shadow: 0 1px 2px rgba(0, 0, 0, .1); }
                a:hover, .b::before { content: "a; b { c }"; color: var(--ink, #000) !important; }
                .c { background: url("/x.svg") center/cover; grid-template-areas: "top top" "a b"; }
                @media (max-width: 480px) and (min-width: 1px) {
                  .d[data-x="y:z"] { width: calc(100% - 2px); }
                  @page { margin: 12mm; }
                }
                @media (min-width: 700px) { .e { columns: 2; } .f { column-span: all; } }
                """;
        assertThat(problems(css)).isEmpty();
        assertThat(CssSheet.parse(css).selectors()).containsExactly(":root", "a:hover, .b::before", ".c",
                "@media (max-width: 480px) and (min-width: 1px) > .d[data-x=\"y:z\"]",
                "@media (max-width: 480px) and (min-width: 1px) > @page",
                "@media (min-width: 700px) > .e", "@media (min-width: 700px) > .f");
    }

    /** What every_rule_is_read_as_written would report for this sheet. */
    private static List<String> problems(String css) {
        CssSheet sheet = CssSheet.parse(css);
        List<String> problems = new ArrayList<>(sheet.errors);
        for (CssSheet.Rule rule : sheet.rules) {
            if (rule.declarations().isEmpty()) {
                problems.add("line " + rule.line() + ": " + rule.selector() + " has no declarations");
            }
        }
        for (CssSheet.Rule rule : Stream.concat(sheet.groups.stream(), sheet.rules.stream())
                .toList()) {
            if (rule.column() > 0 == rule.within().isEmpty()) {
                problems.add("line " + rule.line() + ": " + rule.selector() + " is " + (rule.within().isEmpty()
                        ? "at the top level, so it must start its line"
                        : "inside " + rule.within() + ", so it must be indented"));
            }
        }
        return problems;
    }
}
