package app.limber.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A stylesheet read the way a browser reads it (CSS Syntax Level 3, cut down to what a hand-written sheet holds):
 * comments and strings, at-rules with their blocks, rules of a selector list and a declaration block, and
 * declarations of a property and a value. Where a browser would silently drop or swallow something it files an
 * error with its line instead: a block left open (the rules after it become part of it), a rule inside a
 * declaration block, a stray '}', a declaration without its colon or run into the next one for want of a
 * semicolon, an empty selector in a list (which drops the whole rule), an unclosed comment or string.
 */
final class CssSheet {

    /** At-rules whose block holds rules; every other at-rule's block holds declarations (@page, @font-face). */
    private static final List<String> GROUPS = List.of("media", "supports", "container", "layer", "document");
    private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z0-9_-]+|-?[a-z][a-z0-9-]*");

    /**
     * A rule: its selector list (or an at-rule's prelude), the at-rules it sits in, its declarations, and where it
     * starts (line, and column counted from 0).
     */
    record Rule(String selector, List<String> within, List<Declaration> declarations, int line, int column) {
    }

    record Declaration(String property, String value, int line) {
    }

    final List<Rule> rules = new ArrayList<>();
    /** The at-rules that hold rules (@media...), with where they start; they have no declarations of their own. */
    final List<Rule> groups = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    private final String css;
    private int at;
    private int line = 1;

    private CssSheet(String css) {
        this.css = css;
    }

    static CssSheet parse(String css) {
        CssSheet sheet = new CssSheet(css);
        sheet.ruleList(List.of(), -1);
        return sheet;
    }

    /** The selectors of the top-level rules and of those inside at-rules, e.g. "@media print > .sheet". */
    List<String> selectors() {
        return rules.stream().map(r -> r.within().isEmpty() ? r.selector()
                : String.join(" > ", r.within()) + " > " + r.selector()).toList();
    }

    private void error(int where, String what) {
        errors.add("line " + where + ": " + what);
    }

    private boolean end() {
        return at >= css.length();
    }

    private char peek() {
        return css.charAt(at);
    }

    private char next() {
        char c = css.charAt(at++);
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** Skips whitespace and comments. */
    private void space() {
        while (!end()) {
            if (Character.isWhitespace(peek())) {
                next();
            } else if (css.startsWith("/*", at)) {
                int opened = line;
                int close = css.indexOf("*/", at + 2);
                if (close < 0) {
                    error(opened, "a comment is never closed");
                    while (!end()) {
                        next();
                    }
                    return;
                }
                while (at < close + 2) {
                    next();
                }
            } else {
                return;
            }
        }
    }

    /**
     * Reads up to one of the stop characters outside strings, comments, parentheses and brackets, and returns the
     * text read (comments dropped, whitespace collapsed); the stop character is left unread.
     */
    private String until(String stops) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (!end()) {
            char c = peek();
            if (css.startsWith("/*", at)) {
                space();
                text.append(' ');
                continue;
            }
            if (depth == 0 && stops.indexOf(c) >= 0) {
                break;
            }
            if (c == '"' || c == '\'') {
                text.append(string());
                continue;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth > 0 && (c == '{' || c == '}' || c == ';')) {
                error(line, "'" + c + "' inside parentheses");
            }
            text.append(next());
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private String string() {
        int opened = line;
        char quote = next();
        StringBuilder text = new StringBuilder().append(quote);
        while (!end()) {
            char c = next();
            text.append(c);
            if (c == '\\' && !end()) {
                text.append(next());
            } else if (c == quote) {
                return text.toString();
            } else if (c == '\n') {
                error(opened, "a string is never closed");
                return text.toString();
            }
        }
        error(opened, "a string is never closed");
        return text.toString();
    }

    /** Rules until the block's '}' (or the end of the sheet at the top level, opened at -1). */
    private void ruleList(List<String> within, int opened) {
        while (true) {
            space();
            if (end()) {
                if (opened >= 0) {
                    error(opened, "the block opened here is never closed");
                }
                return;
            }
            if (peek() == '}') {
                if (opened >= 0) {
                    next();
                    return;
                }
                error(line, "a '}' closes no block");
                next();
                continue;
            }
            int start = line;
            int column = at - (css.lastIndexOf('\n', at - 1) + 1);
            String prelude = until("{};");
            if (end()) {
                error(start, "\"" + prelude + "\" has no block");
                return;
            }
            if (peek() == ';') {
                next();
                if (!prelude.startsWith("@")) {
                    error(start, "\"" + prelude + "\" ends in ';' where a rule needs a block");
                }
                continue;
            }
            if (peek() == '}') {
                error(start, "\"" + prelude + "\" has no block");
                continue;
            }
            next();
            if (prelude.startsWith("@")) {
                String name = prelude.substring(1).split("[\\s(]", 2)[0];
                if (GROUPS.contains(name)) {
                    groups.add(new Rule(prelude, within, List.of(), start, column));
                    List<String> inner = new ArrayList<>(within);
                    inner.add(prelude);
                    ruleList(List.copyOf(inner), start);
                } else {
                    rules.add(new Rule(prelude, within, declarations(start), start, column));
                }
                continue;
            }
            checkSelectors(prelude, start);
            rules.add(new Rule(prelude, within, declarations(start), start, column));
        }
    }

    private void checkSelectors(String selectors, int where) {
        if (selectors.isEmpty()) {
            error(where, "a rule without a selector");
            return;
        }
        for (String selector : selectors.split(",", -1)) {
            if (selector.isBlank()) {
                error(where, "an empty selector in \"" + selectors + "\" drops the whole rule");
            }
        }
    }

    /** Declarations until the block's '}'. */
    private List<Declaration> declarations(int opened) {
        List<Declaration> declarations = new ArrayList<>();
        while (true) {
            space();
            if (end()) {
                error(opened, "the block opened here is never closed");
                return declarations;
            }
            char c = peek();
            if (c == '}') {
                next();
                return declarations;
            }
            if (c == ';') {
                next();
                continue;
            }
            int start = line;
            String declaration = until("{};");
            if (!end() && peek() == '{') {
                error(start, "a block inside a declaration block after \"" + declaration
                        + "\" (is the block before it closed?)");
                next();
                declarations(start);
                continue;
            }
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                error(start, "\"" + declaration + "\" is not a declaration (no ':')");
                continue;
            }
            String property = declaration.substring(0, colon).strip();
            String value = declaration.substring(colon + 1).strip();
            if (!PROPERTY.matcher(property).matches()) {
                error(start, "\"" + property + "\" is not a property name");
            } else if (value.isEmpty()) {
                error(start, property + " has no value");
            } else if (!property.startsWith("--") && outsideBrackets(value).contains(":")) {
                error(start, property + ": " + value + " runs into the next declaration (a ';' missing?)");
            }
            declarations.add(new Declaration(property, value, start));
        }
    }

    /** The value without what is inside strings, parentheses and brackets. */
    private static String outsideBrackets(String value) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (char c : value.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
