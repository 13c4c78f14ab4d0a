package app.limber.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code src/test/resources/hostile/corpus.txt}, the hostile-input corpus {@link HostileInputTest} replays
 * (format: {@code hostile/README.md}). The file is the data; this is only how it was made, and
 * {@link HostileCorpusTest} checks that the two agree. Run it after changing it:
 * {@code java src/test/java/app/limber/system/HostileCorpusGenerator.java src/test/resources/hostile/corpus.txt}.
 */
public final class HostileCorpusGenerator {

    static final String TOKEN = "@@TOKEN@@";
    static final String SLUG = "@@SLUG@@";
    static final String HISTORY = "@@HISTORY@@";

    /** Hostile values as they appear in a query string or form body (already percent-encoded where needed). */
    static final Map<String, String> VALUES = new LinkedHashMap<>();
    /** The values a text field must refuse with a 400: control characters. */
    static final Set<String> CONTROL = Set.of("nul", "nul-mid", "ctrl", "del", "c1", "lf", "crlf", "tab-mid",
            "esc");

    static {
        VALUES.put("empty", "");
        VALUES.put("space", "%20");
        VALUES.put("plus", "+");
        VALUES.put("word", "abc");
        VALUES.put("decimal", "1.5");
        VALUES.put("exponent", "1e9");
        VALUES.put("hex", "0x10");
        VALUES.put("bool", "true");
        VALUES.put("json", "%7B%22a%22%3A1%7D");
        VALUES.put("array", "%5B%5D");
        VALUES.put("negative", "-1");
        VALUES.put("zero", "0");
        VALUES.put("int-min-1", "-2147483649");
        VALUES.put("int-max+1", "2147483648");
        VALUES.put("huge", "99999999999999999999999999");
        VALUES.put("digits-300", "1\\*300{0}");
        VALUES.put("long-10000", "\\*10000{A}");
        VALUES.put("nul", "%00");
        VALUES.put("nul-mid", "My%00routine");
        VALUES.put("ctrl", "a%01%02b");
        VALUES.put("esc", "a%1B%5B31mred");
        VALUES.put("del", "a%7Fb");
        VALUES.put("c1", "a%C2%85b");
        VALUES.put("lf", "a%0Ab");
        VALUES.put("crlf", "a%0D%0ASet-Cookie:%20x%3Dy");
        VALUES.put("tab-mid", "a%09b");
        VALUES.put("rlo", "%E2%80%AEenitcor");
        VALUES.put("zero-width", "a%E2%80%8Bb%E2%80%8D");
        VALUES.put("bom", "%EF%BB%BFabc");
        VALUES.put("combining", "e\\*200{%CC%81}");
        VALUES.put("emoji", "%F0%9F%A7%98%F0%9F%8F%BD");
        VALUES.put("fullwidth-lt", "%EF%BC%9Cscript%EF%BC%9E");
        VALUES.put("cjk", "%E4%BC%B8%E5%B1%95");
        VALUES.put("surrogate-utf8", "%ED%A0%80%ED%B0%80");
        VALUES.put("overlong-dot", "%C0%AE%C0%AE");
        VALUES.put("byte-ff", "%FF%FE");
        VALUES.put("truncated-utf8", "%E2%82");
        VALUES.put("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        VALUES.put("img-onerror", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        VALUES.put("thymeleaf-inline", "%5B%5B%24%7B1337*1337%7D%5D%5D");
        VALUES.put("thymeleaf-7x7", "%5B%5B%24%7B7*7%7D%5D%5D");
        VALUES.put("preprocess", "__%24%7BT(java.lang.Runtime).getRuntime().exec(%27touch%20/tmp/limber-hostile-pwned%27)%7D__::.x");
        VALUES.put("spel", "%24%7B1337*1337%7D");
        VALUES.put("message-expr", "%23%7B1337*1337%7D");
        VALUES.put("sql-or", "%27%20or%201%3D1--");
        VALUES.put("sql-drop", "x%27%3B%20drop%20table%20saved_routine%3B--");
        VALUES.put("traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
        VALUES.put("encoded-dots", "%2e%2e%2f%2e%2e");
        VALUES.put("pct-alone", "%");
        VALUES.put("pct-zz", "%zz");
        VALUES.put("pct-short", "%2");
        VALUES.put("pct-pct", "%%");
    }

    /** Values for a path segment (a slug, a token), as they appear in the raw target. */
    static final Map<String, String> SEGMENTS = new LinkedHashMap<>();

    static {
        SEGMENTS.put("word", "abc");
        SEGMENTS.put("upper", "CAT-COW");
        SEGMENTS.put("guessed-token", "AAAAAAAAAAAAAAAAAAAAAA");
        SEGMENTS.put("guessed-token-2", "Zm9vYmFyYmF6cXV4cXV1eA");
        SEGMENTS.put("short-token", "AAAAAAAAAAAAAAAAAAAAA");
        SEGMENTS.put("long-token", "AAAAAAAAAAAAAAAAAAAAAAA");
        SEGMENTS.put("history-shaped", "\\*43{A}");
        SEGMENTS.put("token-dot", "AAAAAAAAAAA.AAAAAAAAAA");
        SEGMENTS.put("encoded-script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        SEGMENTS.put("raw-script", "<script>alert(1)</script>");
        SEGMENTS.put("dotdot", "..");
        SEGMENTS.put("encoded-dotdot", "%2e%2e");
        SEGMENTS.put("encoded-slash", "a%2Fb");
        SEGMENTS.put("encoded-backslash", "a%5Cb");
        SEGMENTS.put("nul", "a%00b");
        SEGMENTS.put("ctrl", "a%01b");
        SEGMENTS.put("raw-nul", "a\\x00b");
        SEGMENTS.put("raw-tab", "a\\tb");
        SEGMENTS.put("semicolon", "a;x=1");
        SEGMENTS.put("jsessionid", "a;jsessionid=ABCDEF0123456789");
        SEGMENTS.put("pct-alone", "a%");
        SEGMENTS.put("pct-zz", "a%zz");
        SEGMENTS.put("overlong", "%c0%ae%c0%ae");
        SEGMENTS.put("surrogate", "%ED%A0%80");
        SEGMENTS.put("rlo", "%E2%80%AEabc");
        SEGMENTS.put("emoji", "%F0%9F%A7%98");
        SEGMENTS.put("thymeleaf", "__%24%7B1337*1337%7D__");
        SEGMENTS.put("sql", "%27%20or%201%3D1--");
        SEGMENTS.put("long-300", "\\*300{a}");
        SEGMENTS.put("long-9000", "\\*9000{a}");
        SEGMENTS.put("empty", "");
    }

    static final String[] ROUTINE_PARAMS = {"slot", "minutes", "place", "equipment", "caution", "focus", "date",
            "shuffle"};
    static final Map<String, String> VALID = Map.ofEntries(Map.entry("slot", "morning"),
            Map.entry("minutes", "10"), Map.entry("place", "desk"), Map.entry("equipment", "chair"),
            Map.entry("caution", "neck"), Map.entry("focus", "posture"), Map.entry("date", "2026-11-27"),
            Map.entry("shuffle", "3"), Map.entry("paper", "a4"), Map.entry("morning", "07:30"),
            Map.entry("midday", "12:30"), Map.entry("evening", "21:00"), Map.entry("q", "cat"),
            Map.entry("block", "stretch"), Map.entry("position", "seated"), Map.entry("area", "neck"),
            Map.entry("hold", "30"), Map.entry("reps", "10"), Map.entry("sets", "2"), Map.entry("duration", "60"),
            Map.entry("morningMinutes", "10"), Map.entry("morningPlace", "home"), Map.entry("middayMinutes", "5"),
            Map.entry("middayPlace", "desk"), Map.entry("eveningMinutes", "15"), Map.entry("eveningPlace", "home"));

    /** A cross-section of the values, for parameters whose parsing another endpoint already gets in full. */
    static final List<String> MEDIUM = List.of("empty", "space", "word", "decimal", "negative", "int-max+1", "huge",
            "long-10000", "nul", "ctrl", "lf", "del", "c1", "rlo", "zero-width", "combining", "surrogate-utf8",
            "overlong-dot", "script", "thymeleaf-inline", "preprocess", "sql-or", "traversal", "pct-zz", "valid");
    /** A smaller set for endpoints that mostly repeat another's parsing. */
    static final List<String> SAMPLE = List.of("empty", "huge", "long-10000", "nul", "rlo", "surrogate-utf8",
            "script", "preprocess", "pct-alone", "valid");
    /** Path segments for the routes that share another route's lookup. */
    static final List<String> FEW_SEGMENTS = List.of("word", "guessed-token", "short-token", "encoded-script",
            "raw-script", "encoded-dotdot", "encoded-slash", "nul", "raw-nul", "jsessionid", "pct-zz", "overlong",
            "thymeleaf", "long-9000");

    private final List<String> records = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile/corpus.txt");
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static String generate() {
        HostileCorpusGenerator g = new HostileCorpusGenerator();
        g.all();
        StringBuilder text = new StringBuilder();
        text.append("# Hostile-input corpus replayed by HostileInputTest; format in README.md next to this file.\n");
        text.append("# Generated by HostileCorpusGenerator (src/test/java/app/limber/system): edit that, then run it.\n");
        text.append("# id\texpect\tcsrf\tmethod\ttarget\theaders\tbody\n");
        g.records.forEach(r -> text.append(r).append('\n'));
        return text.toString();
    }

    private void add(String id, String expect, String csrf, String method, String target, String headers,
                     String body) {
        if (!ids.add(id)) {
            throw new IllegalStateException("duplicate id " + id);
        }
        records.add(String.join("\t", id, expect, csrf, method, target, headers, body));
    }

    private void get(String id, String target) {
        add(id, "-", "-", "GET", target, "", "");
    }

    private static String value(String name, String param) {
        return name.equals("valid") ? VALID.getOrDefault(param, "x") : VALUES.get(name);
    }

    private static List<String> allValues() {
        List<String> names = new ArrayList<>(VALUES.keySet());
        names.add("valid");
        return names;
    }

    private void all() {
        pages();
        catalog();
        routineInputs();
        plans();
        reminders();
        savedRoutines();
        history();
        mine();
        look();
        language();
        paths();
        methods();
        csrf();
        sizes();
        headers();
        staticAndOperations();
        encodings();
    }

    private void pages() {
        for (String path : List.of("/", "/safety", "/guide", "/stretches", "/stretches/figures", "/routines/new",
                "/today", "/history", "/history.csv", "/error", "/actuator/health", "/routines", "/offline",
                "/manifest.webmanifest", "/sw.js")) {
            get("page" + path.replace('/', '.'), path);
        }
        // Pages without parameters still get them: unknown, injected, huge, unreadable.
        for (String path : List.of("/", "/safety", "/guide", "/stretches/figures", "/history.csv", "/error",
                "/routines", "/offline", "/manifest.webmanifest", "/sw.js")) {
            for (String query : List.of("x=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00=%01", "q=\\*5000{A}",
                    "a=%ff%fe", "__%24%7B1337*1337%7D__=1")) {
                get("page-query" + path.replace('/', '.') + "." + Integer.toHexString(query.hashCode()),
                        path + "?" + query);
            }
        }
        for (String body : List.of("", "a=%00", "_csrf=x", "status=500")) {
            add("page-post.error." + Integer.toHexString(body.hashCode()), "-", "valid", "POST", "/error", FORM,
                    body);
        }
        add("page.error-direct", "404~Page not found", "-", "GET", "/error", "", "");
        get("page.query-junk", "/?%3Cscript%3E=1&a=%00");
        get("page.repeated", "/safety?x=1&x=2&x=3");
    }

    private void catalog() {
        for (String param : List.of("block", "position", "equipment", "area", "slot")) {
            for (String name : param.equals("block") ? allValues() : SAMPLE) {
                get("stretches." + param + "." + name, "/stretches?" + param + "=" + value(name, param));
            }
            get("stretches." + param + ".repeated", "/stretches?" + param + "=" + VALID.get(param) + "&" + param
                    + "=" + VALID.get(param) + "&" + param + "=nope");
            get("stretches." + param + ".many", "/stretches?" + (param + "=" + VALID.get(param) + "&").repeat(500));
        }
        for (String name : allValues()) {
            get("stretches.q." + name, "/stretches?q=" + value(name, "q"));
        }
        get("stretches.q.100", "/stretches?q=\\*100{a}");
        get("stretches.q.101", "/stretches?q=\\*101{a}");
        get("stretches.q.repeated", "/stretches?q=a&q=b");
        get("stretches.unknown-param", "/stretches?nope=1&block=stretch");
    }

    private void routineInputs() {
        // Every value for the page and the API; a sample for the pages that share their parsing.
        for (String path : List.of("/routines/generate", "/api/routines/generate")) {
            for (String param : ROUTINE_PARAMS) {
                for (String name : MEDIUM) {
                    get(id(path) + "." + param + "." + name, path + "?" + param + "=" + value(name, param));
                }
                get(id(path) + "." + param + ".repeated", path + "?" + param + "=" + VALID.get(param) + "&"
                        + param + "=" + VALUES.get("word"));
            }
            get(id(path) + ".all-bad", path + "?slot=dusk&minutes=99&place=beach&equipment=rope&caution=elbow"
                    + "&focus=toes&date=yesterday&shuffle=x");
        }
        for (String path : List.of("/routines/new", "/today", "/routines/generate/follow",
                "/routines/generate/sheet")) {
            for (String param : ROUTINE_PARAMS) {
                for (String name : SAMPLE.subList(3, SAMPLE.size())) {
                    get(id(path) + "." + param + "." + name, path + "?" + param + "=" + value(name, param));
                }
            }
        }
        // PDFs cost a render each: the values that may pass, and a few that must not.
        for (String param : List.of("slot", "minutes", "date", "paper")) {
            for (String name : List.of("valid", "empty", "nul", "script", "huge", "pct-zz")) {
                get("generate-sheet-pdf." + param + "." + name, "/routines/generate/sheet.pdf?" + param + "="
                        + value(name, param));
            }
        }
    }

    private void plans() {
        List<String> params = List.of("minutes", "place", "equipment", "caution", "focus", "date", "paper",
                "morning", "midday", "evening", "morningMinutes", "morningPlace", "middayMinutes", "middayPlace",
                "eveningMinutes", "eveningPlace");
        for (String path : List.of("/plan/week", "/api/plans/week", "/plan/reminders", "/plan/reminders.ics")) {
            for (String param : params) {
                for (String name : path.endsWith("/plan/week") || path.endsWith("/plans/week") ? SAMPLE
                        : SAMPLE.subList(3, SAMPLE.size())) {
                    get(id(path) + "." + param + "." + name, path + "?" + param + "=" + value(name, param));
                }
            }
        }
        for (String param : List.of("minutes", "date", "paper")) {
            for (String name : List.of("valid", "nul", "script", "huge", "pct-zz")) {
                get("plan-week-pdf." + param + "." + name, "/plan/week.pdf?" + param + "=" + value(name, param));
            }
        }
        get("plan-reminders-ics.times-all-bad", "/plan/reminders.ics?morning=25:00&midday=-1&evening=%00");
    }

    /** Workday reminders (app.limber.reminder): its pages, and every field of the settings form on the download. */
    private void reminders() {
        for (String path : List.of("/reminders", "/reminders/break", "/routines/break/follow")) {
            get(id(path) + ".page", path);
            get(id(path) + ".query", path + "?x=%3Cscript%3E&%00=%01");
            get(id(path) + ".huge-query", path + "?q=\\*5000{A}&a=%ff%fe");
        }
        // The movement break's player takes no parameters: the generate page's ones, and paths around it.
        get("break-follow.generate-params", "/routines/break/follow?slot=dusk&minutes=99&place=beach");
        get("break-follow.pct-zz", "/routines/break/follow?slot=%zz");
        get("break-follow.below", "/routines/break/follow/x");
        get("break-follow.encoded-dots", "/routines/break/%2e%2e/break/follow");
        Map<String, String> valid = Map.of("day", "monday", "start", "09:00", "end", "17:00", "every", "60",
                "stretch", "180", "quietFrom", "12:30", "quietTo", "13:30", "zone", "Europe/Berlin");
        for (String param : List.of("day", "start", "end", "every", "stretch", "quietFrom", "quietTo", "zone")) {
            String zone = param.equals("zone") ? "" : "zone=UTC&";
            for (String name : SAMPLE) {
                get("reminders-workday-ics." + param + "." + name, "/reminders/workday.ics?" + zone + param + "="
                        + (name.equals("valid") ? valid.get(param) : VALUES.get(name)));
            }
        }
        get("reminders-workday-ics.all-bad", "/reminders/workday.ics?day=funday&start=25:00&end=-1&every=0"
                + "&stretch=x&quietFrom=%00&zone=Mars/Base");
        get("reminders-workday-ics.offset-zone", "/reminders/workday.ics?zone=%2B05:00");
    }

    private void savedRoutines() {
        String save = "slot=morning&minutes=10&place=desk&date=2026-11-27";
        for (String name : allValues()) {
            String expect = CONTROL.contains(name) ? "400~contains a control character" : "-";
            add("save.name." + name, expect, "valid", "POST", "/routines", FORM, save + "&name="
                    + (name.equals("valid") ? "My%20desk%20break" : value(name, "name")));
        }
        for (String param : ROUTINE_PARAMS) {
            for (String name : SAMPLE.subList(3, SAMPLE.size())) {
                add("save." + param + "." + name, "-", "valid", "POST", "/routines", FORM,
                        "name=x&" + save.replaceAll("(^|&)" + param + "=[^&]*", "") + "&" + param + "="
                                + value(name, param));
            }
        }
        add("save.name.repeated", "-", "valid", "POST", "/routines", FORM, save + "&name=a&name=b");
        add("save.name.missing", "400", "valid", "POST", "/routines", FORM, save);
        add("save.name.81", "400", "valid", "POST", "/routines", FORM, save + "&name=\\*81{a}");

        String items = "/routines/" + TOKEN + "/items/";
        for (String field : List.of("hold", "reps", "sets", "duration")) {
            for (String name : MEDIUM) {
                add("dose." + field + "." + name, "-", "valid", "POST", items + SLUG + "/dose", FORM,
                        field + "=" + value(name, field));
            }
        }
        for (String name : SAMPLE) {
            add("swap.with." + name, "-", "valid", "POST", items + SLUG + "/swap", FORM, "with="
                    + value(name, "with"));
            add("add.slug." + name, "-", "valid", "POST", "/routines/" + TOKEN + "/items", FORM, "slug="
                    + value(name, "slug"));
        }
        for (String action : List.of("up", "down", "remove", "swap", "dose")) {
            for (String segment : FEW_SEGMENTS) {
                add("edit." + action + ".slug." + segment, "-", "valid", "POST",
                        items + SEGMENTS.get(segment) + "/" + action, FORM, "");
                if (action.equals("up") || action.equals("dose")) {
                    add("edit." + action + ".token." + segment, "-", "valid", "POST",
                            "/routines/" + SEGMENTS.get(segment) + "/items/" + SLUG + "/" + action, FORM, "");
                }
            }
        }
        add("edit.up.valid", "-", "valid", "POST", items + SLUG + "/up", FORM, "");
        add("edit.down.valid", "-", "valid", "POST", items + SLUG + "/down", FORM, "");
    }

    /** My routines: rename, delete, undo and duplicate by token, a logged session's delete by id. */
    private void mine() {
        for (String action : List.of("delete", "duplicate", "restore", "rename")) {
            for (String segment : FEW_SEGMENTS) {
                add("mine." + action + ".token." + segment, "-", "valid", "POST",
                        "/routines/" + SEGMENTS.get(segment) + "/" + action, FORM, "name=x");
            }
            add("mine." + action + ".valid", "-", "valid", "POST", "/routines/" + TOKEN + "/" + action, FORM,
                    "name=x");
        }
        for (String name : allValues()) {
            add("mine.rename.name." + name, "-", "valid", "POST", "/routines/" + TOKEN + "/rename", FORM,
                    "name=" + value(name, "name"));
        }
        for (String segment : FEW_SEGMENTS) {
            add("session-delete." + segment, "-", "valid", "POST",
                    "/history/sessions/" + SEGMENTS.get(segment) + "/delete", FORM, "");
        }
        for (String id : List.of("1", "-1", "0", "99999999999999999999", "1.5")) {
            add("session-delete.id." + Integer.toHexString(id.hashCode()), "-", "valid", "POST",
                    "/history/sessions/" + id + "/delete", FORM, "");
        }
    }

    /** The colours and text size switch: known words only, and it only ever sends people back within the site. */
    private void look() {
        for (String param : List.of("theme", "text", "back")) {
            for (String name : SAMPLE) {
                get("look." + param + "." + name, "/look?" + param + "=" + value(name, param));
            }
        }
        for (String back : List.of("https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example",
                "javascript%3Aalert(1)", "%2Fstretches%3Bjsessionid%3Dx")) {
            get("look.back." + Integer.toHexString(back.hashCode()), "/look?theme=dark&back=" + back);
        }
    }

    /** The language links: a language Limber is written in only, and back within the site only. */
    private void language() {
        for (String param : List.of("lang", "back")) {
            for (String name : SAMPLE) {
                get("language." + param + "." + name, "/language?" + param + "=" + value(name, param));
            }
        }
        for (String back : List.of("https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example",
                "javascript%3Aalert(1)", "%2Fstretches%3Bjsessionid%3Dx")) {
            get("language.back." + Integer.toHexString(back.hashCode()), "/language?lang=es&back=" + back);
        }
        for (String lang : List.of("de", "ES", "es-MX", "es%00", "%65%73")) {
            get("language.lang." + Integer.toHexString(lang.hashCode()), "/language?lang=" + lang + "&back=%2F");
        }
    }

    private void history() {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("routinePath", "%2Froutines%2Fgenerate%3Fslot%3Dmorning");
        valid.put("routineName", "Morning");
        valid.put("slot", "morning");
        valid.put("plannedSeconds", "600");
        valid.put("durationSeconds", "590");
        valid.put("zone", "Europe%2FLondon");
        valid.put("before", "6");
        valid.put("after", "3");
        valid.put("movement", SLUG);
        valid.put("done", SLUG);
        for (String field : valid.keySet()) {
            List<String> names = field.equals("routineName") ? allValues() : field.equals("routinePath") ? MEDIUM
                    : SAMPLE.subList(3, SAMPLE.size());
            for (String name : names) {
                Map<String, String> body = new LinkedHashMap<>(valid);
                body.put(field, name.equals("valid") ? valid.get(field) : VALUES.get(name));
                String expect = field.equals("routineName") && CONTROL.contains(name)
                        ? "400~contains a control character" : "-";
                add("log." + field + "." + name, expect, "valid", "POST", "/history/sessions", FORM, form(body));
            }
        }
        Map<String, String> repeated = new LinkedHashMap<>(valid);
        add("log.movement.repeated", "400", "valid", "POST", "/history/sessions", FORM,
                form(repeated) + "&movement=" + SLUG);
        add("log.movement.61", "400", "valid", "POST", "/history/sessions", FORM,
                form(valid).replace("movement=" + SLUG, "movement=a&".repeat(61) + "movement=" + SLUG));
        // A logged movement break links to its page; with a query it is not Limber's link.
        for (String path : List.of("%2Freminders%2Fbreak", "%2Freminders%2Fbreak%3Fx%3D1", "%2Freminders%2F..%2Fbreak")) {
            Map<String, String> body = new LinkedHashMap<>(valid);
            body.put("routinePath", path);
            add("log.routinePath.break." + Integer.toHexString(path.hashCode()), "-", "valid", "POST",
                    "/history/sessions", FORM, form(body));
        }
        add("log.empty-body", "400", "valid", "POST", "/history/sessions", FORM, "");
        add("log.json-body", "-", "valid", "POST", "/history/sessions",
                "Content-Type: application/json", "{\"routineName\":\"x\"}");
        for (String segment : FEW_SEGMENTS) {
            get("restore.get." + segment, "/history/restore/" + SEGMENTS.get(segment));
            add("restore.post." + segment, "-", "valid", "POST", "/history/restore/" + SEGMENTS.get(segment),
                    FORM, "");
        }
        get("restore.get.history-shaped", "/history/restore/" + SEGMENTS.get("history-shaped"));
        get("restore.get.valid", "/history/restore/" + HISTORY);
        for (String cookie : List.of("limber_history=", "limber_history=..%2F..%2Fetc", "limber_history=\\*43{A}",
                "limber_history=%00", "limber_history=<script>", "limber_history=a;limber_history=b",
                "limber_history=" + HISTORY + "; limber_history=\\*43{B}", "limber_history=\\*5000{A}")) {
            for (String path : List.of("/history", "/history.csv")) {
                add("history-cookie." + id(path) + "." + cookieId(cookie), "-", "-", "GET", path,
                        "Cookie: " + cookie, "");
            }
        }
    }

    private void paths() {
        for (Map.Entry<String, String> segment : SEGMENTS.entrySet()) {
            String v = segment.getValue();
            String k = segment.getKey();
            get("path.stretch." + k, "/stretches/" + v);
            get("path.routine." + k, "/routines/" + v);
            get("path.api-routine." + k, "/api/routines/" + v);
            if (FEW_SEGMENTS.contains(k)) {
                get("path.figure." + k, "/figures/" + v + ".svg");
                get("path.figure-print." + k, "/figures/" + v + "-print.svg");
                get("path.routine-sheet." + k, "/routines/" + v + "/sheet");
                get("path.routine-follow." + k, "/routines/" + v + "/follow");
                get("path.routine-sheet-pdf." + k, "/routines/" + v + "/sheet.pdf");
            }
        }
        get("path.stretch.valid", "/stretches/" + SLUG);
        get("path.figure.valid", "/figures/" + SLUG + ".svg");
        get("path.figure-print.valid", "/figures/" + SLUG + "-print.svg");
        get("path.routine.valid", "/routines/" + TOKEN);
        get("path.api-routine.valid", "/api/routines/" + TOKEN);
        get("path.api-routine.query", "/api/routines/" + TOKEN + "?slot=%3Cscript%3E&x=%00");
        get("path.api-routine.trailing-slash", "/api/routines/" + TOKEN + "/");
        get("path.api-routine.suffix", "/api/routines/" + TOKEN + ".json");
        get("path.routine-sheet.valid", "/routines/" + TOKEN + "/sheet");
        get("path.routine-follow.valid", "/routines/" + TOKEN + "/follow");
        get("path.routine-sheet-pdf.valid", "/routines/" + TOKEN + "/sheet.pdf");
        for (String name : List.of("valid", "empty", "nul", "script", "pct-zz", "long-10000")) {
            get("routine-sheet-pdf.paper." + name, "/routines/" + TOKEN + "/sheet.pdf?paper=" + value(name, "paper"));
        }
        get("path.traversal.raw", "/../../../etc/passwd");
        get("path.traversal.encoded", "/%2e%2e/%2e%2e/etc/passwd");
        get("path.traversal.double-encoded", "/%252e%252e/%252e%252e/etc/passwd");
        get("path.traversal.backslash", "/..\\\\..\\\\etc\\\\passwd");
        get("path.traversal.static", "/css/../../application.properties");
        get("path.traversal.static-encoded", "/css/%2e%2e/%2e%2e/application.properties");
        get("path.traversal.overlong", "/css/%c0%ae%c0%ae/application.properties");
        get("path.double-slash", "//stretches");
        get("path.absolute-form", "http://evil.example/stretches");
        get("path.asterisk", "*");
        get("path.no-slash", "stretches");
        get("path.webinf", "/WEB-INF/web.xml");
        get("path.metainf", "/META-INF/MANIFEST.MF");
        get("path.boot-inf", "/BOOT-INF/classes/application.properties");
        get("path.application-properties", "/application.properties");
        get("path.templates", "/templates/error.html");
        get("path.unknown", "/nope");
        get("path.unknown-deep", "/a/b/c/d/e/f/g/h/i/j/k");
        get("path.jsessionid", "/stretches;jsessionid=0123456789ABCDEF");
        get("path.matrix", "/stretches;a=b/x");
        get("path.suffix", "/stretches.json");
        get("path.trailing-slash", "/stretches/");
        get("path.error-sub", "/error/500");
        get("path.error-query", "/error?status=500&message=%3Cscript%3E");
    }

    private void methods() {
        List<String> paths = List.of("/", "/stretches", "/stretches/" + SLUG, "/routines/new", "/routines/generate",
                "/api/routines/generate", "/api/routines/" + TOKEN, "/api/plans/week", "/v3/api-docs", "/today",
                "/routines", "/routines/" + TOKEN, "/routines/" + TOKEN + "/sheet.pdf", "/routines/" + TOKEN + "/items/" + SLUG + "/up", "/history",
                "/history/sessions", "/history/restore/" + HISTORY, "/plan/week", "/plan/reminders.ics",
                "/figures/" + SLUG + ".svg", "/css/limber.css", "/actuator/health", "/error");
        for (String path : paths) {
            for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO", "HEAD")) {
                add("method." + method + "." + id(path), "-", "-", method, path, "", "");
            }
        }
        for (String path : List.of("/", "/stretches", "/routines/generate", "/api/routines/generate",
                "/api/routines/" + TOKEN, "/api/plans/week", "/plan/week", "/routines/" + TOKEN + "/sheet", "/figures/" + SLUG + ".svg", "/error")) {
            add("method.POST." + id(path), "-", "valid", "POST", path, FORM, "a=1");
        }
        for (String path : List.of("/routines/" + TOKEN + "/items/" + SLUG + "/up", "/history/sessions",
                "/routines/" + TOKEN + "/items")) {
            get("method.GET." + id(path), path);
        }
        add("method.lowercase", "-", "-", "get", "/stretches", "", "");
        add("method.long", "-", "-", "\\*300{G}", "/stretches", "", "");
        add("method.CONNECT", "-", "-", "CONNECT", "127.0.0.1:80", "", "");
        add("method.override-header", "-", "valid", "POST", "/routines/" + TOKEN, FORM + "\\r\\nX-HTTP-Method-Override: DELETE", "");
        add("method.override-param", "-", "valid", "POST", "/routines/" + TOKEN, FORM, "_method=DELETE");
    }

    private void csrf() {
        String save = "slot=morning&minutes=10&name=Forged";
        List<String[]> posts = List.of(new String[] {"/routines", save},
                new String[] {"/routines/" + TOKEN + "/items/" + SLUG + "/up", ""},
                new String[] {"/routines/" + TOKEN + "/items/" + SLUG + "/dose", "hold=30"},
                new String[] {"/routines/" + TOKEN + "/items", "slug=" + SLUG},
                new String[] {"/history/sessions", "routinePath=%2Froutines%2Fgenerate&routineName=x&slot=morning"
                        + "&plannedSeconds=60&durationSeconds=60&zone=UTC&movement=" + SLUG},
                new String[] {"/history/restore/" + HISTORY, ""});
        for (String[] post : posts) {
            String id = id(post[0]);
            add("csrf.missing." + id, "403", "-", "POST", post[0], FORM, post[1]);
            add("csrf.wrong." + id, "403", "wrong", "POST", post[0], FORM, post[1]);
            add("csrf.forged-origin." + id, "403", "-", "POST", post[0],
                    FORM + "\\r\\nOrigin: http://evil.example\\r\\nReferer: http://evil.example/", post[1]);
            add("csrf.header-guess." + id, "403", "-", "POST", post[0], FORM + "\\r\\nX-CSRF-TOKEN: guessed",
                    post[1]);
            add("csrf.param-guess." + id, "403", "-", "POST", post[0], FORM, "_csrf=guessed&" + post[1]);
            add("csrf.empty." + id, "403", "-", "POST", post[0], FORM, "_csrf=&" + post[1]);
        }
    }

    private void sizes() {
        add("size.header-9k", "-", "-", "GET", "/stretches", "X-Big: \\*9000{A}", "");
        add("size.header-20k", "-", "-", "GET", "/", "X-Big: \\*20000{A}", "");
        add("size.many-headers", "-", "-", "GET", "/", "\\*150{X-A: 1\\r\\n}X-Last: 1", "");
        add("size.cookie-10k", "-", "-", "GET", "/history", "Cookie: a=\\*10000{A}", "");
        add("size.url-9k", "-", "-", "GET", "/stretches?q=\\*9000{A}", "", "");
        add("size.url-9k-path", "-", "-", "GET", "/stretches/\\*9000{a}", "", "");
        add("size.url-100k", "-", "-", "GET", "/?q=\\*100000{A}", "", "");
        add("size.params-20000", "-", "-", "GET", "/stretches?" + "a=1&".repeat(1100), "", "");
        add("size.body-3mb-save", "-", "valid", "POST", "/routines", FORM, "slot=morning&name=\\*3000000{A}");
        add("size.body-3mb-log", "-", "valid", "POST", "/history/sessions", FORM, "routineName=\\*3000000{A}");
        add("size.body-1mb-name", "-", "valid", "POST", "/routines", FORM, "slot=morning&name=\\*1000000{A}");
        add("size.body-3mb-json", "-", "valid", "POST", "/routines", "Content-Type: application/json",
                "{\"name\":\"\\*3000000{A}\"}");
        add("size.body-3mb-get", "-", "-", "GET", "/stretches", "Content-Type: text/plain", "\\*3000000{A}");
        add("size.body-5mb-dose", "-", "valid", "POST", "/routines/" + TOKEN + "/items/" + SLUG + "/dose", FORM,
                "hold=\\*5000000{1}");
        add("size.many-form-params", "-", "valid", "POST", "/routines", FORM, "name=x&" + "a=1&".repeat(2000));
    }

    private void headers() {
        List<String> accepts = List.of("application/json", "application/xml", "image/png", "text/plain",
                "*/*;q=abc", ")(*&^%", "text/html;q=2", "application/problem+json", "text/*, application/*;q=0",
                "\\*5000{a/b,}", "");
        List<String> paths = List.of("/stretches", "/stretches/nope", "/routines/generate?slot=dusk",
                "/api/routines/generate", "/api/routines/generate?slot=dusk", "/api/nope",
                "/routines/AAAAAAAAAAAAAAAAAAAAAA", "/plan/reminders.ics", "/figures/" + SLUG + ".svg", "/error");
        int i = 0;
        for (String accept : accepts) {
            for (String path : paths) {
                add("accept." + i + "." + id(path), "-", "-", "GET", path, "Accept: " + accept, "");
            }
            i++;
        }
        List<String> cookies = List.of("JSESSIONID=%3Cscript%3E", "JSESSIONID=\\*500{A}", ";;;=;", "=x", "a",
                "a=\"unterminated", "XSRF-TOKEN=guessed", "a=\\x01b", "a=%00", "\\*200{c=1; }d=2");
        i = 0;
        for (String cookie : cookies) {
            for (String path : List.of("/", "/routines/new", "/history", "/api/routines/generate")) {
                add("cookie." + i + "." + id(path), "-", "-", "GET", path, "Cookie: " + cookie, "");
            }
            i++;
        }
        List<String> others = List.of("Accept-Language: xx-%%%;q=zz", "Accept-Language: \\*2000{en,}",
                "Accept-Language: ar-EG", "Accept-Language: he;q=1, *;q=0", "Accept-Encoding: gzip, deflate, br",
                "Accept-Encoding: \\*100{x,}", "Accept-Charset: utf-7", "Range: bytes=0-0,1-1,2-2",
                "Range: bytes=-99999999999999999999", "If-Modified-Since: <script>", "If-None-Match: \\*3000{\"a\",}",
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: gopher", "X-Forwarded-For: <script>",
                "X-Forwarded-Prefix: /evil", "Forwarded: for=\"<script>\";proto=javascript", "Host: evil.example",
                "Content-Type: text/html; charset=nonexistent", "Content-Length: -1", "Content-Length: abc",
                "Transfer-Encoding: gzip, chunked", "Expect: 100-continue",
                "Expect: x", "Upgrade: h2c\\r\\nConnection: Upgrade, HTTP2-Settings\\r\\nHTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA",
                "X-Injected: a\\nInjected: b", "X-Nul: a\\x00b", "X-Ctrl: a\\x01b", "X-Utf8: \\xC0\\xAE",
                "Bad Header: x", ": no-name", "X-Folded: a\\r\\n b", "X-HTTP-Method-Override: DELETE");
        i = 0;
        for (String header : others) {
            for (String path : List.of("/stretches?q=cat", "/api/routines/generate", "/history")) {
                add("header." + i + "." + id(path), "-", "-", "GET", path, header, "");
            }
            i++;
        }
        add("header.chunked", "-", "-", "POST", "/api/routines/generate", "Transfer-Encoding: chunked",
                "5\\r\\nhello\\r\\n0\\r\\n\\r\\n");
        add("header.chunked-bad", "-", "-", "POST", "/stretches", "Transfer-Encoding: chunked", "zz\\r\\nhello\\r\\n");
        add("header.content-type-multipart", "-", "valid", "POST", "/routines",
                "Content-Type: multipart/form-data; boundary=", "--\\r\\nbroken");
        add("header.content-type-multipart-ok", "-", "valid", "POST", "/routines",
                "Content-Type: multipart/form-data; boundary=XX", "--XX\\r\\nContent-Disposition: form-data; "
                        + "name=\"name\"\\r\\n\\r\\nA\\x00B\\r\\n--XX--\\r\\n");
        add("header.content-type-charset", "-", "valid", "POST", "/routines",
                "Content-Type: application/x-www-form-urlencoded; charset=nonexistent", "name=x&slot=morning");
        add("header.content-type-utf16", "-", "valid", "POST", "/routines",
                "Content-Type: application/x-www-form-urlencoded; charset=UTF-16", "name=x&slot=morning");
    }

    private void staticAndOperations() {
        for (String path : List.of("/css/limber.css", "/css/sheet.css", "/js/player.js", "/js/print.js",
                "/favicon.svg", "/css/limber-00000000000000000000000000000000.css", "/css/nope.css",
                "/js/player.js?v=%3Cscript%3E", "/js/player.js;jsessionid=x", "/static/css/limber.css",
                "/webjars/nope.js", "/css/", "/css", "/js/%2e%2e/%2e%2e/application.properties",
                "/fonts/DejaVuSans.ttf", "/db/migration/V1__catalog_schema.sql", "/messages/common.properties",
                "/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/health/db", "/actuator/health/%3Cscript%3E", "/actuator/env", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/loggers", "/actuator/shutdown", "/actuator/health?x=%zz",
                "/actuator/health/../env", "/actuator/health;x=y")) {
            get("static" + id(path).replace("..", "_"), path);
        }
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
                "/v3/api-docs/nope", "/v3/api-docs/%3Cscript%3E", "/v3/api-docs?group=%3Cscript%3E",
                "/swagger-ui.html", "/swagger-ui/index.html", "/swagger-ui/index.html?url=http://evil.example/x.json",
                "/swagger-ui/index.html?configUrl=%2F%2Fevil.example%2Fc.json", "/swagger-ui/swagger-initializer.js",
                "/swagger-ui/%2e%2e/%2e%2e/application.properties", "/swagger-ui/nope.js",
                "/swagger-ui/oauth2-redirect.html")) {
            get("apidocs" + id(path).replace("..", "_"), path);
        }
        add("ops.post-shutdown", "-", "-", "POST", "/actuator/shutdown", "", "");
        add("ops.post-loggers", "-", "-", "POST", "/actuator/loggers/ROOT", "Content-Type: application/json",
                "{\"configuredLevel\":\"TRACE\"}");
        add("ops.post-health", "-", "valid", "POST", "/actuator/health", FORM, "");
    }

    private void encodings() {
        List<String> bad = List.of("%", "%zz", "%2", "%c0%ae", "%ff", "%ED%A0%80", "%E2%82", "%00", "%%30%30");
        int i = 0;
        for (String b : bad) {
            for (String path : List.of("/stretches?q=", "/api/routines/generate?slot=", "/api/plans/week?date=",
                    "/api/routines/", "/routines/generate?x=",
                    "/history?", "/plan/week?date=", "/stretches/", "/figures/", "/routines/", "/actuator/health?x=")) {
                get("encoding." + i + "." + id(path), path + b);
            }
            add("encoding." + i + ".body-save", "-", "valid", "POST", "/routines", FORM, "slot=morning&name=" + b);
            add("encoding." + i + ".body-log", "-", "valid", "POST", "/history/sessions", FORM,
                    "routineName=" + b + "&slot=morning");
            add("encoding." + i + ".body-name-key", "-", "valid", "POST", "/routines", FORM, "slot=morning&" + b
                    + "=x&name=y");
            i++;
        }
    }

    static final String FORM = "Content-Type: application/x-www-form-urlencoded";

    private static String form(Map<String, String> body) {
        StringBuilder text = new StringBuilder();
        body.forEach((k, v) -> text.append(text.isEmpty() ? "" : "&").append(k).append('=').append(v));
        return text.toString();
    }

    private static String id(String path) {
        String id = path.replaceAll("^/", "").replaceAll("[^A-Za-z0-9.@-]+", "-");
        return id.isEmpty() ? "root" : id;
    }

    private static String cookieId(String cookie) {
        return Integer.toHexString(cookie.hashCode());
    }
}
