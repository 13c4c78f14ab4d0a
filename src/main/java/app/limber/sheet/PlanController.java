package app.limber.sheet;

import app.limber.catalog.Slot;
import app.limber.routine.PlanDates;
import app.limber.routine.RoutineLookup;
import app.limber.system.BadRequestException;
import app.limber.system.EnumParams;
import app.limber.system.cache.CachedPage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Plans that span days: the week plan sheet ({@code /plan/week}, {@code /plan/week.pdf}) and daily calendar
 * reminders ({@code /plan/reminders} form, {@code /plan/reminders.ics} download). Both take the routine inputs of
 * {@code /routines/generate} without the slot.
 */
@Controller
class PlanController {

    static final String WEEK_TEMPLATE = SheetDocuments.WEEK_TEMPLATE;
    static final Map<Slot, String> DEFAULT_TIMES = Map.of(Slot.MORNING, "07:30", Slot.MIDDAY, "12:30",
            Slot.EVENING, "21:00");

    private final WeekPlanFactory weekPlans;
    private final ReminderCalendar reminders;
    private final SheetDocuments documents;
    private final RoutineLookup lookup;
    private final Clock clock;

    PlanController(WeekPlanFactory weekPlans, ReminderCalendar reminders, SheetDocuments documents,
                   RoutineLookup lookup, Clock clock) {
        this.weekPlans = weekPlans;
        this.reminders = reminders;
        this.documents = documents;
        this.lookup = lookup;
        this.clock = clock;
    }

    @CachedPage
    @GetMapping("/plan/week")
    String week(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        MultiValueMap<String, String> inputs = PlanInputs.from(params);
        LocalDate start = start(params);
        model.addAttribute("plan", weekPlans.plan(inputs, start, locale));
        model.addAttribute("pdf", false);
        String query = PlanInputs.query(inputs);
        String withDate = (query.isEmpty() ? "" : query + "&") + "date=" + start;
        model.addAttribute("pdfA4Path", "/plan/week.pdf?" + withDate + "&paper=a4");
        model.addAttribute("pdfLetterPath", "/plan/week.pdf?" + withDate + "&paper=letter");
        model.addAttribute("remindersPath", "/plan/reminders" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("defaultPaper", Paper.parse(null, locale).param());
        return WEEK_TEMPLATE;
    }

    @CachedPage(shared = false)
    @GetMapping("/plan/week.pdf")
    ResponseEntity<byte[]> weekPdf(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        Paper paper = Paper.parse(params.getFirst("paper"), locale);
        LocalDate start = start(params);
        // The week's 21 routines take a few milliseconds and make the cache key; the rendering is the heavy part,
        // bounded inside SheetDocuments (a 503 past the bound) and skipped when the same plan was made before.
        Pdf pdf = documents.weekPlan(weekPlans.plan(PlanInputs.from(params), start, locale), paper, locale);
        return Downloads.pdf(pdf, "limber-week-" + start + "-" + paper.param() + ".pdf",
                Downloads.revalidated());
    }

    @CachedPage
    @GetMapping("/plan/reminders")
    String remindersForm(@RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> inputs = PlanInputs.from(params);
        // Check the inputs now, so a bad link fails here with a clear page rather than at the download.
        lookup.generated(PlanInputs.forSlot(inputs, "morning", null));
        Map<String, String> times = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            String field = EnumParams.toParam(slot);
            times.put(field, params.containsKey(field) ? params.getFirst(field) : DEFAULT_TIMES.get(slot));
        }
        model.addAttribute("times", times);
        model.addAttribute("inputs", inputs);
        String query = PlanInputs.query(inputs);
        model.addAttribute("weekPath", "/plan/week" + (query.isEmpty() ? "" : "?" + query));
        return "sheet/reminders";
    }

    @GetMapping("/plan/reminders.ics")
    ResponseEntity<byte[]> remindersIcs(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        Map<Slot, LocalTime> times = ReminderTimes.parse(params);
        String ics = reminders.ics(times, PlanInputs.from(params), LocalDate.now(clock), locale);
        return Downloads.file(ics.getBytes(StandardCharsets.UTF_8), Downloads.CALENDAR, "limber-reminders.ics");
    }

    private LocalDate start(MultiValueMap<String, String> params) {
        String raw = params.getFirst("date");
        if (raw == null || raw.isBlank()) {
            return LocalDate.now(clock);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (RuntimeException e) {
            throw new BadRequestException("date", raw, "error.badRequest.badValue", "date", raw);
        }
        if (!PlanDates.plausible(date)) {
            throw new BadRequestException("date", raw, "error.badRequest.dateRange", raw, PlanDates.FIRST,
                    PlanDates.LAST);
        }
        return date;
    }
}
