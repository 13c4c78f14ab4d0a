package app.limber.follow.web;

import app.limber.follow.History;
import app.limber.follow.HistoryCharts;
import app.limber.follow.HistoryOwner;
import app.limber.follow.HistoryStats;
import app.limber.follow.OwnerHash;
import app.limber.follow.SessionRecord;
import app.limber.routine.RoutineLookup;
import app.limber.system.ClientLimit;
import app.limber.system.FormBinder;
import app.limber.system.NotFoundException;
import app.limber.system.PublicUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The session log and the history pages. Every read and write goes through the caller's own identifier (its
 * cookie); there is no URL that names a session or another browser's history, except the private restore link,
 * which is the identifier itself.
 */
@Controller
class HistoryController {

    static final int RECENT = 30;

    private final History history;
    private final HistoryCookie cookie;
    private final HistorySettings settings;
    private final PublicUrls urls;
    private final Clock clock;
    private final FormBinder forms;
    private final MessageSource messages;
    private final RoutineLookup routines;

    HistoryController(History history, HistoryCookie cookie, HistorySettings settings, PublicUrls urls, Clock clock,
                      FormBinder forms, MessageSource messages, RoutineLookup routines) {
        this.history = history;
        this.routines = routines;
        this.messages = messages;
        this.cookie = cookie;
        this.forms = forms;
        this.settings = settings;
        this.urls = urls;
        this.clock = clock;
    }

    @PostMapping("/history/sessions")
    @ClientLimit(ClientLimit.Kind.LOGGED_SESSIONS)
    String log(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
               HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormBinder.Bound<LogForm> bound = forms.bind(LogForm.class, LogForm.NAME, params);
        if (!bound.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", bound.errors().getFieldErrors());
            model.addAttribute("back", RoutineLink.canonical(params.getFirst("routinePath")).orElse("/history"));
            return "follow/rejected";
        }
        String identifier = cookie.read(request).orElseGet(cookie::issue);
        cookie.write(identifier, request, response);
        SessionRecord saved = IdempotentLog.log(history, request, HistoryOwner.of(identifier), bound.form().entry());
        redirect.addFlashAttribute("saved", saved.id());
        return "redirect:/history";
    }

    @GetMapping("/history")
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Optional<String> identifier = cookie.read(request);
        List<SessionRecord> sessions = identifier.map(id -> history.sessions(HistoryOwner.of(id)))
                .orElse(List.of());
        identifier.filter(id -> !sessions.isEmpty()).ifPresent(id -> cookie.write(id, request, response));
        ZoneId zone = sessions.isEmpty() ? settings.defaultZone() : sessions.get(sessions.size() - 1).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        HistoryStats stats = HistoryStats.of(sessions.stream().filter(SessionRecord::counts)
                .map(SessionRecord::loggedAt).toList(), zone, today);
        model.addAttribute("sessions", sessions);
        model.addAttribute("recent", recentFirst(sessions));
        model.addAttribute("zone", zone);
        model.addAttribute("stats", stats);
        model.addAttribute("calendar", HistoryCharts.calendar(stats.calendar()));
        model.addAttribute("weekBars", HistoryCharts.weeks(stats.weeks()));
        model.addAttribute("tightness", HistoryCharts.tightness(sessions,
                s -> s.loggedAt().atZone(zone).toLocalDate()));
        model.addAttribute("restoreUrl", identifier.filter(id -> !sessions.isEmpty()).map(this::restoreUrl)
                .orElse(null));
        model.addAttribute("maxRestDays", HistoryStats.MAX_REST_DAYS);
        return "follow/history";
    }

    /**
     * Deletes one logged session of this browser's, after the confirming second button of its row (no JavaScript
     * needed). Another browser's session, or none, is a 404 and nothing is deleted.
     */
    @PostMapping("/history/sessions/{id}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Optional<String> identifier = cookie.read(request);
        if (identifier.isEmpty() || !history.delete(HistoryOwner.of(identifier.get()), id)) {
            throw new NotFoundException("history.session.unknown");
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/history#sessions";
    }

    @GetMapping("/history.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request, Locale locale) {
        List<SessionRecord> sessions = cookie.read(request).map(id -> history.sessions(HistoryOwner.of(id)))
                .orElse(List.of());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("limber-history.csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(HistoryCsv.write(messages.getMessage("history.csv.header", null, locale), sessions)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The confirmation page of a restore link. Confirming replaces this browser's identifier, which owns both its
     * history and its saved routines (My routines), so the page says how many of each this browser would no longer
     * reach, before the button.
     */
    @GetMapping("/history/restore/{token}")
    String restorePage(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
                       Model model) {
        long count = restorable(token);
        noStore(response);
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<String> current = cookie.read(request);
        model.addAttribute("token", token);
        model.addAttribute("count", count);
        model.addAttribute("same", current.filter(token::equals).isPresent());
        Optional<String> replaced = current.filter(id -> !id.equals(token));
        model.addAttribute("sessionsHere", replaced.map(id -> history.count(OwnerHash.of(id))).orElse(0L));
        model.addAttribute("routinesHere", replaced.map(routines::savedIn).orElse(0L));
        return "follow/restore";
    }

    @PostMapping("/history/restore/{token}")
    String restore(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
                   RedirectAttributes redirect) {
        restorable(token);
        cookie.write(token, request, response);
        redirect.addFlashAttribute("restored", true);
        return "redirect:/history";
    }

    /** The number of sessions under a restore token, or a 404 when it is malformed or holds none. */
    private long restorable(String token) {
        if (!HistoryCookie.wellFormed(token)) {
            throw new NotFoundException("history.restore.unknown");
        }
        long count = history.count(OwnerHash.of(token));
        if (count == 0) {
            throw new NotFoundException("history.restore.unknown");
        }
        return count;
    }

    private String restoreUrl(String identifier) {
        // From limber.public-base-url when set, so the key is never handed out under a host a request made up.
        return urls.absolute(UriComponentsBuilder.fromPath("/history/restore/{token}").buildAndExpand(identifier)
                .toUriString());
    }

    private static List<SessionRecord> recentFirst(List<SessionRecord> sessions) {
        List<SessionRecord> recent = new ArrayList<>(sessions.subList(Math.max(0, sessions.size() - RECENT),
                sessions.size()));
        Collections.reverse(recent);
        return recent;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

}
