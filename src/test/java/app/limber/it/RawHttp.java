package app.limber.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * HTTP/1.1 over a plain socket, one request per connection: every header goes out exactly as written (Host,
 * Origin, X-Forwarded-*), which the JDK's client does not allow, and every header comes back (all Set-Cookie).
 * HostileInputTest writes its own bytes and reads the answer with {@link #parse}.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        /** Every value of a header, by case-insensitive name. */
        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public String first(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }

        /** The first value of a header, or "" when there is none. */
        public String header(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? "" : values.get(0);
        }

        /** The Set-Cookie line for this cookie name, or null. */
        public String setCookie(String cookie) {
            return all("Set-Cookie").stream().filter(c -> c.startsWith(cookie + "=")).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + headers;
        }
    }

    /**
     * Sends one request to 127.0.0.1:port. {@code headers} are written as given (add Host yourself to override
     * the default); a body is sent as a form.
     */
    public static Response send(int port, String method, String target, Map<String, String> headers, String body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", "127.0.0.1:" + port);
            all.putAll(headers);
            all.put("Connection", "close");
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                all.putIfAbsent("Content-Type", "application/x-www-form-urlencoded");
                all.put("Content-Length", Integer.toString(bytes.length));
            }
            all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        Response response = parse(raw);
        if (response.status() == 0) {
            throw new IOException("No complete response head: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        return response;
    }

    /**
     * An HTTP/1.1 answer as it came off the wire: an interim answer (100 Continue) skipped, a chunked or gzipped body
     * decoded, header names in lower case; status 0 when no answer came or it could not be read.
     */
    public static Response parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            return new Response(0, Map.of(), new String(raw, StandardCharsets.ISO_8859_1));
        }
        String first = new String(raw, 0, Math.min(raw.length, 12), StandardCharsets.ISO_8859_1);
        if (first.matches("HTTP/1\\.1 1\\d\\d")) {
            return parse(java.util.Arrays.copyOfRange(raw, end + 4, raw.length));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            return new Response(0, Map.of(), lines[0]);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            body = dechunk(body);
        }
        if (headers.getOrDefault("content-encoding", List.of()).contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new Response(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(body, at, body.length),
                    "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip(),
                    16);
            at += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(body, at, Math.min(size, body.length - at));
            at += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
