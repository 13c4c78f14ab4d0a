package app.limber.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code hostile/corpus.txt}: one request per line, tab-separated, with escapes so that NUL, control
 * characters, invalid UTF-8 and megabytes of padding fit in a text file (format: {@code hostile/README.md}).
 */
final class HostileCorpus {

    static final String RESOURCE = "/hostile/corpus.txt";

    /**
     * One request. {@code expect} is "-" or a status ("400"), optionally with "~" and a text the body must hold;
     * {@code csrf} is "-" (nothing added), "valid" (a real token and its cookies) or "wrong" (cookies, a bad token).
     */
    record Entry(String id, String expect, String csrf, String method, String target, String headers, String body) {

        Integer expectedStatus() {
            String status = expect.split("~", 2)[0];
            return status.equals("-") ? null : Integer.valueOf(status);
        }

        String expectedText() {
            String[] parts = expect.split("~", 2);
            return parts.length == 2 ? parts[1] : null;
        }

        /** The raw fields with the placeholders filled in, each decoded to the bytes that go on the wire. */
        byte[] methodBytes(Map<String, String> values) {
            return decode(fill(method, values));
        }

        byte[] targetBytes(Map<String, String> values) {
            return decode(fill(target, values));
        }

        byte[] headerBytes(Map<String, String> values) {
            return decode(fill(headers, values));
        }

        byte[] bodyBytes(Map<String, String> values) {
            return decode(fill(body, values));
        }
    }

    private HostileCorpus() {
    }

    static List<Entry> load() throws IOException {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("expected 7 tab-separated fields: " + line);
            }
            entries.add(new Entry(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
        }
        return entries;
    }

    private static String fill(String field, Map<String, String> values) {
        String filled = field;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    /**
     * {@code \\} a backslash, {@code \t \r \n} as in Java, {@code \xHH} one raw byte, {@code \*N{text}} the
     * (decoded) text N times; every other character as UTF-8.
     */
    static byte[] decode(String field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        decode(field, out);
        return out.toByteArray();
    }

    private static void decode(String field, ByteArrayOutputStream out) {
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c != '\\') {
                int end = i + Character.charCount(field.codePointAt(i));
                out.writeBytes(field.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
                continue;
            }
            char e = field.charAt(i + 1);
            switch (e) {
                case '\\' -> out.write('\\');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 'x' -> {
                    out.write(Integer.parseInt(field.substring(i + 2, i + 4), 16));
                    i += 2;
                }
                case '*' -> {
                    int open = field.indexOf('{', i);
                    int close = field.indexOf('}', open);
                    int times = Integer.parseInt(field.substring(i + 2, open));
                    byte[] unit = decode(field.substring(open + 1, close));
                    for (int n = 0; n < times; n++) {
                        out.writeBytes(unit);
                    }
                    i = close - 1;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + field);
            }
            i += 2;
        }
    }
}
