package app.limber.follow.web;

import app.limber.routine.form.RoutineInputs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * The routine link a logged session keeps, checked the way a browser will read it: percent-escapes decoded and
 * dot segments resolved first, so {@code /routines/%2e%2e/x} is seen as the {@code /x} it leads to. Only the
 * shapes Limber itself produces are kept: {@code /routines/generate} with the generate page's own parameters, a
 * saved routine's {@code /routines/{token}}, and the movement break's page {@code /reminders/break} (no query).
 * The link is stored in that canonical form.
 */
final class RoutineLink {

    static final int MAX_LENGTH = 500;

    private static final String GENERATE = "/routines/generate";
    private static final String BREAK = FollowController.BREAK_PAGE;
    private static final Pattern SAVED = Pattern.compile("/routines/[A-Za-z0-9_-]{22}");
    /** The parameters {@code /routines/generate} reads: its form's. */
    private static final Set<String> PARAMETERS = Set.copyOf(RoutineInputs.PARAMETERS);
    /** Enum values in URL form, numbers and ISO dates. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private RoutineLink() {
    }

    /** The link in canonical form, or empty when it is not a Limber routine page. */
    static Optional<String> canonical(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int mark = text.indexOf('?');
        Optional<String> path = path(mark < 0 ? text : text.substring(0, mark));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (mark < 0) {
            return path;
        }
        if (!path.get().equals(GENERATE)) {
            return Optional.empty();
        }
        return query(text.substring(mark + 1)).map(q -> q.isEmpty() ? GENERATE : GENERATE + "?" + q);
    }

    private static Optional<String> path(String raw) {
        Optional<String> decoded = decode(raw);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        // Browsers treat a backslash as a slash in http(s) URLs.
        String path = decoded.get().replace('\\', '/');
        if (!path.startsWith("/") || path.startsWith("//")) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        String normalised = "/" + String.join("/", segments);
        return normalised.equals(GENERATE) || normalised.equals(BREAK) || SAVED.matcher(normalised).matches()
                ? Optional.of(normalised) : Optional.empty();
    }

    /** The generate page's parameters, decoded and checked one by one; anything else refuses the whole link. */
    private static Optional<String> query(String raw) {
        if (raw.isEmpty()) {
            return Optional.of("");
        }
        StringBuilder query = new StringBuilder();
        for (String pair : raw.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            Optional<String> name = decode(pair.substring(0, equals));
            Optional<String> value = decode(pair.substring(equals + 1));
            if (name.isEmpty() || value.isEmpty() || !PARAMETERS.contains(name.get())
                    || !VALUE.matcher(value.get()).matches()) {
                return Optional.empty();
            }
            query.append(query.isEmpty() ? "" : "&").append(name.get()).append('=').append(value.get());
        }
        return Optional.of(query.toString());
    }

    private static Optional<String> decode(String raw) {
        try {
            return Optional.of(UriUtils.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
