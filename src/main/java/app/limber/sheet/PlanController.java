package app.limber.sheet;

import app.limber.catalog.Slot;
import app.limber.routine.form.DayInputs;
import app.limber.system.EnumParams;
import app.limber.system.FormBinder;
import app.limber.system.UserClock;
import app.limber.system.cache.CachedPage;
import jakarta.servlet.http.HttpServletRequest;
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
    private final FormBinder forms;
    private final Clock clock;

    PlanController(WeekPlanFactory weekPlans, ReminderCalendar reminders, SheetDocuments documents,
                   FormBinder forms, Clock clock) {
        this.weekPlans = weekPlans;
        this.reminders = reminders;
        this.documents = documents;
        this.forms = forms;
        this.clock = clock;
    }

    // Not shared with proxies: without a date the week starts on the visitor's today (their zone's cookie).
    @CachedPage(shared = false)
    @GetMapping("/plan/week")
    String week(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                HttpServletRequest request) {
        DayInputs inputs = inputs(params);
        LocalDate start = start(inputs, request);
        model.addAttribute("plan", weekPlans.plan(inputs, start, locale));
        model.addAttribute("pdf", false);
        String withDate = inputs.withDate(start).query();
        model.addAttribute("pdfA4Path", "/plan/week.pdf?" + withDate + "&paper=a4");
        model.addAttribute("pdfLetterPath", "/plan/week.pdf?" + withDate + "&paper=letter");
        model.addAttribute("remindersPath", inputs.withDate(null).link("/plan/reminders"));
        model.addAttribute("todayPath", inputs.link("/today"));
        model.addAttribute("defaultPaper", Paper.parse(null, locale).param());
        return WEEK_TEMPLATE;
    }

    @CachedPage(shared = false)
    @GetMapping("/plan/week.pdf")
    ResponseEntity<byte[]> weekPdf(@RequestParam MultiValueMap<String, String> params, Locale locale,
                                   HttpServletRequest request) {
        Paper paper = Paper.parse(params.getFirst("paper"), locale);
        DayInputs inputs = inputs(params);
        LocalDate start = start(inputs, request);
        // The week's 21 routines take a few milliseconds and make the cache key; the rendering is the heavy part,
        // bounded inside SheetDocuments (a 503 past the bound) and skipped when the same plan was made before.
        Pdf pdf = documents.weekPlan(weekPlans.plan(inputs, start, locale), paper, locale);
        return Downloads.pdf(pdf, "limber-week-" + start + "-" + paper.param() + ".pdf",
                Downloads.revalidated());
    }

    @CachedPage
    @GetMapping("/plan/reminders")
    String remindersForm(@RequestParam MultiValueMap<String, String> params, Model model) {
        // The inputs are checked now, so a bad link fails here with a clear page rather than at the download.
        DayInputs inputs = inputs(params).withDate(null);
        Map<String, String> times = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            String field = EnumParams.toParam(slot);
            times.put(field, params.containsKey(field) ? params.getFirst(field) : DEFAULT_TIMES.get(slot));
        }
        model.addAttribute("times", times);
        model.addAttribute("inputs", inputs.params());
        model.addAttribute("weekPath", inputs.link("/plan/week"));
        return "sheet/reminders";
    }

    @GetMapping("/plan/reminders.ics")
    ResponseEntity<byte[]> remindersIcs(@RequestParam MultiValueMap<String, String> params, Locale locale,
                                        HttpServletRequest request) {
        Map<Slot, LocalTime> times = ReminderTimes.parse(params);
        String ics = reminders.ics(times, inputs(params).withDate(null), LocalDate.now(UserClock.of(clock, request)),
                locale);
        return Downloads.file(ics.getBytes(StandardCharsets.UTF_8), Downloads.CALENDAR, "limber-reminders.ics");
    }

    /** The plan's inputs, or a 400 page naming the first bad one. */
    private DayInputs inputs(MultiValueMap<String, String> params) {
        FormBinder.Bound<DayInputs> bound = forms.bind(DayInputs.class, DayInputs.NAME, params);
        if (!bound.ok()) {
            throw bound.firstError();
        }
        return bound.form();
    }

    /** The plan's first day: the one asked for, or the visitor's today. */
    private LocalDate start(DayInputs inputs, HttpServletRequest request) {
        return inputs.date() == null ? LocalDate.now(UserClock.of(clock, request)) : inputs.date();
    }
}
