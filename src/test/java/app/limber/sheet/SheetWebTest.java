package app.limber.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.catalog.Block;
import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import app.limber.catalog.Slot;
import app.limber.routine.Dose;
import app.limber.routine.Place;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineItem;
import app.limber.routine.RoutineRef;
import app.limber.routine.RoutineRequest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The print sheet, week plan and reminders over HTTP, read back as a person would: pages, words, the QR code. */
@SpringBootTest
@AutoConfigureMockMvc
class SheetWebTest {

    static final String DAY = "2026-11-21";

    @Autowired
    MockMvcTester mvc;

    /** The application's clock: "today" is what it says, not what the test machine says. */
    @Autowired
    Clock clock;

    @Autowired
    Catalog catalog;

    @Autowired
    app.limber.routine.saved.SavedRoutines savedRoutines;

    @Autowired
    app.limber.routine.RoutineEdits edits;

    @Autowired
    PdfCache pdfCache;

    @Autowired
    ApplicationContext context;

    MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    byte[] bytes(String uri) {
        MvcTestResult result = get(uri);
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    String html(String uri) throws Exception {
        MvcTestResult result = get(uri);
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Twelve catalog movements with the longest names and cues, at the wordiest dose, under a long name. */
    RoutineRef worstCase() {
        List<Movement> longest = catalog.movements().stream()
                .sorted(Comparator.comparingInt((Movement m) -> m.name().length() + m.feelIt().length()).reversed())
                .limit(12)
                .toList();
        Map<Block, List<RoutineItem>> byBlock = new TreeMap<>();
        for (Movement m : longest) {
            byBlock.computeIfAbsent(m.block(), b -> new ArrayList<>())
                    .add(new RoutineItem(m, new Dose(10, 30, 3, true, null), 300, "routine.reason.fill"));
        }
        List<RoutineBlock> blocks = byBlock.entrySet().stream()
                .map(e -> new RoutineBlock(e.getKey(), e.getValue())).toList();
        RoutineRequest request = new RoutineRequest(Slot.EVENING, 45, Set.of(), Place.HOME, Set.of(), null,
                LocalDate.parse(DAY), 0);
        return new RoutineRef(new Routine(request, blocks, List.of()),
                "Evening wind-down for a stiff upper back after long days at the desk", "Zx9_aLongSavedToken", "");
    }

    SheetDocuments documents(String publicBase) {
        return SheetParts.of(context).documents(SheetParts.urls(publicBase));
    }

    @Nested
    class RoutineSheetPdf {

        @ParameterizedTest(name = "{0}, {1} min, {2}")
        @CsvSource({
                "morning, 5, a4", "morning, 45, letter", "midday, 5, letter", "midday, 45, a4",
                "evening, 5, a4", "evening, 45, letter", "evening, 20, a4", "morning, 20, letter"})
        void a_generated_routine_fits_one_page_and_names_every_movement(String slot, int minutes, String paper)
                throws Exception {
            String query = "slot=" + slot + "&minutes=" + minutes + "&date=" + DAY;
            byte[] pdf = bytes("/routines/generate/sheet.pdf?" + query + "&paper=" + paper);

            assertThat(Pdfs.pages(pdf)).isEqualTo(1);
            String text = Pdfs.text(pdf);
            List<String> names = movementNamesOnThePage("/routines/generate/sheet?" + query);
            assertThat(names).isNotEmpty();
            assertThat(text).contains(names).contains("Stop at once if you feel sharp pain");
        }

        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource({"evening, letter", "evening, a4"})
        void up_to_26_movements_drop_the_cues_and_still_fit_one_page(String slot, String paper) throws Exception {
            String query = "slot=" + slot + "&minutes=45&place=home&" + WeekPlanSheet.ALL_EQUIPMENT + "&date=" + DAY;
            List<String> names = movementNamesOnThePage("/routines/generate/sheet?" + query);
            assertThat(names).hasSizeBetween(Sheet.FULL_DETAIL_MAX + 1, 26);

            byte[] pdf = bytes("/routines/generate/sheet.pdf?" + query + "&paper=" + paper);
            assertThat(Pdfs.pages(pdf)).isEqualTo(1);
            assertThat(Pdfs.text(pdf)).contains(names).doesNotContain("Feel it:");
        }

        @Test
        void a_longer_routine_keeps_every_movement_on_the_first_page_and_moves_the_tick_grid_over() throws Exception {
            // Generated routines fill their time with fewer, fuller movements; a kept one can take many more.
            String token = savedRoutines.save("Everything at once", new RoutineRequest(Slot.MIDDAY, 45,
                    java.util.EnumSet.allOf(app.limber.catalog.Equipment.class), Place.HOME, Set.of(), null,
                    LocalDate.parse(DAY), 0));
            app.limber.routine.saved.SavedRoutine kept = savedRoutines.get(token);
            for (Movement m : edits.addable(kept.routine(), kept.missingSlugs()).values().stream()
                    .flatMap(List::stream).toList()) {
                savedRoutines.add(token, m.slug());
            }
            List<String> names = movementNamesOnThePage("/routines/" + token + "/sheet");
            assertThat(names).hasSizeGreaterThan(26);

            byte[] pdf = bytes("/routines/" + token + "/sheet.pdf?paper=letter");
            assertThat(Pdfs.pages(pdf)).isEqualTo(2);
            assertThat(Pdfs.text(pdf)).contains(names).contains("Tick each day you do it");
        }

        @ParameterizedTest
        @EnumSource(Paper.class)
        void twelve_of_the_wordiest_movements_still_fit_one_page(Paper paper) {
            RoutineRef ref = worstCase();
            byte[] pdf = documents("https://limber.example")
                    .routineSheet(ref, paper, Locale.US).bytes();
            Pdfs.keep(pdf, "worst-case-" + paper.param() + ".pdf");

            assertThat(Pdfs.pages(pdf)).isEqualTo(1);
            String text = Pdfs.text(pdf);
            for (RoutineItem item : ref.routine().items()) {
                assertThat(text).contains(item.movement().name());
            }
            assertThat(text).contains(ref.name());
        }

        /**
         * A card's words keep to its text column, right of the figure, to the card's end: none runs on under the
         * figure (openhtmltopdf set a long caution's last line under it, at the page margin, where it read as if it
         * had fallen out of its card). Checked on the page: no character between the head and the tick grid starts
         * inside either column's figure strip (45 mm figure and its 1.8 mm gap, or a dense sheet's 26 mm; the right
         * card's 2.5 mm padding).
         */
        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource({"slot=morning&minutes=10&date=2026-11-28, a4", "slot=morning&minutes=10&date=2026-11-28, letter",
                "slot=evening&minutes=15&place=home&equipment=chair&date=2026-11-28, a4",
                "slot=morning&minutes=20&date=2026-11-28, letter", "worst case, a4", "worst case, letter"})
        void no_words_run_on_under_the_figures(String query, String paper) {
            byte[] pdf = query.equals("worst case")
                    ? documents("https://limber.example").routineSheet(worstCase(), Paper.parse(paper, Locale.US),
                            Locale.US).bytes()
                    : bytes("/routines/generate/sheet.pdf?" + query + "&paper=" + paper);
            assertThat(Pdfs.pages(pdf)).isEqualTo(1);

            List<Pdfs.Glyph> glyphs = Pdfs.glyphsOnFirstPage(pdf);
            StringBuilder all = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                for (int k = 0; k < glyphs.get(i).text().length(); k++) {
                    all.append(glyphs.get(i).text().charAt(k));
                    at.add(i);
                }
            }
            String text = all.toString();
            int cut = text.indexOf("Read them before you start.");
            int headEnd = cut >= 0 ? cut : text.indexOf("when to see a professional");
            int footStart = text.indexOf("Tick each day you do it");
            assertThat(headEnd).as("end of the head").isPositive();
            assertThat(footStart).as("the tick grid's title").isGreaterThan(headEnd);
            double top = glyphs.get(at.get(headEnd)).y() + 1;
            double bottom = glyphs.get(at.get(footStart)).y() - 1;

            double pageWidth = Pdfs.pageSize(pdf).getWidth() / (72 / 25.4);
            double left = (pageWidth - 190) / 2;
            double strip = text.contains("Feel it:") ? 45 + 1.8 : 26; // a dense sheet's figure is 24 mm, its text 26 in
            double[][] figureStrips = {{left, left + strip - 0.3}, {left + 95, left + 95 + 2.5 + strip - 0.3}};
            List<String> strays = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            double lineY = Double.NaN;
            for (Pdfs.Glyph g : glyphs) {
                if (g.y() <= top || g.y() >= bottom || g.text().isBlank()) {
                    continue;
                }
                for (double[] figure : figureStrips) {
                    if (g.x() >= figure[0] - 0.5 && g.x() < figure[1]) {
                        if (g.y() != lineY && !line.isEmpty()) {
                            strays.add(line.toString());
                            line.setLength(0);
                        }
                        lineY = g.y();
                        line.append(g.text());
                    }
                }
            }
            if (!line.isEmpty()) {
                strays.add(line.toString());
            }
            assertThat(strays).as("words under a figure").isEmpty();
        }

        @Test
        void the_page_size_follows_the_paper_parameter_or_the_readers_country() {
            PDRectangle a4 = Pdfs.pageSize(bytes("/routines/generate/sheet.pdf?slot=midday&paper=a4"));
            PDRectangle letter = Pdfs.pageSize(bytes("/routines/generate/sheet.pdf?slot=midday&paper=LETTER"));
            assertThat(a4.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            assertThat(letter.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(letter.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));

            MvcTestResult us = mvc.get().uri("/routines/generate/sheet.pdf?slot=midday&date=" + DAY)
                    .header("Accept-Language", "en-US,en;q=0.8").exchange();
            assertThat(Pdfs.pageSize(us.getResponse().getContentAsByteArray()).getHeight())
                    .isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
            assertThat(us.getResponse().getHeader("Content-Disposition")).contains("-letter.pdf");
            MvcTestResult uk = mvc.get().uri("/routines/generate/sheet.pdf?slot=midday&date=" + DAY)
                    .header("Accept-Language", "en-GB").exchange();
            assertThat(uk.getResponse().getHeader("Content-Disposition")).contains("-a4.pdf");
        }

        @Test
        void a_saved_routine_prints_under_its_name_with_its_token_in_the_qr_code() throws Exception {
            String name = "D\u00e9j\u00e0 vu desk break, a name of the longest kind that people type: eighty ch";
            String token = savedRoutines.save(name, new RoutineRequest(Slot.MIDDAY, 10, Set.of(), Place.DESK,
                    Set.of(), null, LocalDate.parse(DAY), 0));

            MvcTestResult result = get("/routines/" + token + "/sheet.pdf?paper=letter");
            assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
            assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo(
                    "attachment; filename=\"limber-deja-vu-desk-break-a-name-of-the-longest-letter.pdf\"");
            byte[] pdf = result.getResponse().getContentAsByteArray();
            assertThat(Pdfs.pages(pdf)).isEqualTo(1);
            assertThat(Pdfs.text(pdf)).contains(name);
            assertThat(Pdfs.qrOnFirstPage(pdf)).isEqualTo("http://localhost/routines/" + token + "/follow");
            assertThat(html("/routines/" + token + "/sheet")).contains("/routines/" + token + "/sheet.pdf?paper=a4");
        }

        @Test
        void is_a_pdf_download_with_a_file_name_and_embedded_fonts() {
            MvcTestResult result = get("/routines/generate/sheet.pdf?slot=evening&minutes=10&date=" + DAY);
            assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
            assertThat(result.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"limber-evening-" + DAY + "-a4.pdf\"");
            byte[] pdf = result.getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("(embedded)"))
                    .anySatisfy(font -> assertThat(font).contains("DejaVuSans-Bold"));
        }
    }

    /**
     * Finished PDFs are kept by what their bytes depend on. Each test asks for dates no other test asks for, so it
     * owns its cache entries; {@link PdfCache#renders()} tells a render from a hit without timing anything.
     */
    @Nested
    class FinishedPdfs {

        MvcTestResult having(String uri, String ifNoneMatch) {
            return mvc.get().uri(uri).header("If-None-Match", ifNoneMatch).exchange();
        }

        @Test
        void the_same_sheet_again_is_the_same_bytes_without_a_second_render() {
            String uri = "/routines/generate/sheet.pdf?slot=morning&minutes=10&date=2031-03-01&paper=a4";
            long before = pdfCache.renders();

            byte[] first = bytes(uri);
            byte[] again = bytes(uri);

            assertThat(again).isEqualTo(first);
            assertThat(pdfCache.renders() - before).as("renders").isEqualTo(1);
            assertThat(Pdfs.text(again)).contains("Morning routine");
        }

        @Test
        void different_inputs_paper_or_language_are_different_pdfs() {
            String uri = "/routines/generate/sheet.pdf?slot=evening&minutes=10&date=2031-03-02";
            long before = pdfCache.renders();

            byte[] tenMinutes = bytes(uri + "&paper=a4");
            byte[] twentyMinutes = bytes(uri.replace("minutes=10", "minutes=20") + "&paper=a4");
            byte[] letter = bytes(uri + "&paper=letter");
            MvcTestResult spanish = mvc.get().uri(uri + "&paper=a4").header("Accept-Language", "es").exchange();
            MvcTestResult chosen = mvc.get().uri(uri + "&paper=a4").cookie(new jakarta.servlet.http.Cookie(
                    "limber_lang", "es")).exchange();

            assertThat(pdfCache.renders() - before).as("renders: the chosen Spanish is the same PDF").isEqualTo(4);
            assertThat(twentyMinutes).isNotEqualTo(tenMinutes);
            assertThat(Pdfs.text(twentyMinutes)).as("what the sheet says").isNotEqualTo(Pdfs.text(tenMinutes));
            assertThat(letter).isNotEqualTo(tenMinutes);
            assertThat(spanish).hasStatusOk();
            assertThat(spanish.getResponse().getContentAsByteArray()).isNotEqualTo(tenMinutes);
            assertThat(chosen.getResponse().getContentAsByteArray())
                    .isEqualTo(spanish.getResponse().getContentAsByteArray());
        }

        @Test
        void a_client_with_the_current_pdf_gets_a_304_by_its_etag() {
            String uri = "/routines/generate/sheet.pdf?slot=midday&minutes=5&date=2031-03-03&paper=a4";
            MvcTestResult first = get(uri);
            String etag = first.getResponse().getHeader("ETag");
            assertThat(etag).as("a strong tag").matches("\"[0-9a-f]{32}\"");
            assertThat(first).headers().hasValue("Content-Type", "application/pdf")
                    .hasValue("Content-Disposition", "attachment; filename=\"limber-midday-2031-03-03-a4.pdf\"");
            assertThat(first.getResponse().getHeaders("Vary")).containsExactly("Accept-Language", "Cookie");
            assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache, private");

            MvcTestResult unchanged = having(uri, etag);
            assertThat(unchanged).hasStatus(HttpStatus.NOT_MODIFIED).headers().hasValue("ETag", etag);
            assertThat(unchanged.getResponse().getContentAsByteArray()).isEmpty();

            MvcTestResult stale = having(uri, "\"0123456789abcdef0123456789abcdef\"");
            assertThat(stale).hasStatusOk();
            assertThat(stale.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        }

        @Test
        void the_week_plan_is_kept_and_tagged_too() {
            String uri = "/plan/week.pdf?minutes=10&date=2031-03-04&paper=a4";
            long before = pdfCache.renders();

            MvcTestResult first = get(uri);
            MvcTestResult unchanged = having(uri, first.getResponse().getHeader("ETag"));
            byte[] again = bytes(uri);

            assertThat(unchanged).hasStatus(HttpStatus.NOT_MODIFIED);
            assertThat(again).isEqualTo(first.getResponse().getContentAsByteArray());
            assertThat(pdfCache.renders() - before).as("renders").isEqualTo(1);
            assertThat(bytes(uri.replace("2031-03-04", "2031-03-05"))).isNotEqualTo(again);
        }

        @Test
        void a_saved_routine_edited_after_its_pdf_was_made_gets_a_fresh_pdf() {
            String token = savedRoutines.save("Kept then edited", new RoutineRequest(Slot.MORNING, 10, Set.of(),
                    Place.HOME, Set.of(), null, LocalDate.parse("2031-03-06"), 0));
            String uri = "/routines/" + token + "/sheet.pdf?paper=a4";
            MvcTestResult first = get(uri);
            assertThat(first).hasStatusOk().headers().hasValue("Cache-Control", "no-cache, private");
            String etag = first.getResponse().getHeader("ETag");
            assertThat(having(uri, etag)).as("unchanged routine").hasStatus(HttpStatus.NOT_MODIFIED);

            Movement dropped = savedRoutines.get(token).routine().items().get(0).movement();
            savedRoutines.remove(token, dropped.slug());

            MvcTestResult edited = having(uri, etag);
            assertThat(edited).as("edited routine").hasStatusOk();
            assertThat(edited.getResponse().getHeader("ETag")).isNotEqualTo(etag);
            assertThat(Pdfs.text(first.getResponse().getContentAsByteArray())).contains(dropped.name());
            assertThat(Pdfs.text(edited.getResponse().getContentAsByteArray())).doesNotContain(dropped.name());
        }

        @Test
        void the_cache_keeps_to_its_byte_budget() {
            // Room for two sheets of about 50 KB: of four sheets, at least two must be rendered again.
            SheetParts parts = SheetParts.of(context);
            PdfCache small = new PdfCache(parts.heavy(), 2 * (50 * 1024 + PdfCache.ENTRY_OVERHEAD));
            SheetDocuments bounded = parts.documents(SheetParts.urls("https://limber.example"), small);
            RoutineRef ref = worstCase();
            List<Locale> locales = List.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE);
            for (Locale locale : locales) {
                bounded.routineSheet(ref, Paper.A4, locale);
            }
            assertThat(small.renders()).isEqualTo(4);
            for (Locale locale : locales) {
                bounded.routineSheet(ref, Paper.A4, locale);
            }
            assertThat(small.renders()).as("renders after asking again").isGreaterThanOrEqualTo(6);
        }
    }

    @Nested
    class QrCodes {

        @Test
        void the_qr_code_on_the_pdf_opens_the_follow_page_of_the_same_routine_on_the_requests_host() {
            byte[] pdf = bytes("https://stretch.example.org:8443/routines/generate/sheet.pdf?slot=morning&minutes=10&date="
                    + DAY);
            assertThat(Pdfs.qrOnFirstPage(pdf)).isEqualTo(
                    "https://stretch.example.org:8443/routines/generate/follow?slot=morning&minutes=10&place=home&date="
                            + DAY);
        }

        @Test
        void without_a_date_the_qr_code_pins_the_date_of_the_printed_routine() {
            byte[] pdf = bytes("/routines/generate/sheet.pdf?slot=midday");
            assertThat(Pdfs.qrOnFirstPage(pdf))
                    .isEqualTo("http://localhost/routines/generate/follow?slot=midday&minutes=5&place=desk&date="
                            + LocalDate.now(clock));
        }

        @Test
        void a_configured_public_base_url_wins_over_the_request() {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            try {
                byte[] pdf = documents("https://limber.example/")
                        .routineSheet(worstCase(), Paper.A4, Locale.ENGLISH).bytes();
                assertThat(Pdfs.qrOnFirstPage(pdf))
                        .isEqualTo("https://limber.example/routines/Zx9_aLongSavedToken/follow");
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        }

        @Test
        void the_browser_view_carries_the_same_qr_code_as_inline_svg() throws Exception {
            String page = html("/routines/generate/sheet?slot=morning&minutes=10&date=" + DAY);
            Matcher svg = Pattern.compile("<svg[^>]*class=\"qr-code\".*?</svg>", Pattern.DOTALL).matcher(page);
            assertThat(svg.find()).as("an inline QR code").isTrue();
            String qr = svg.group();
            assertThat(svg.find()).as("only one QR code").isFalse();
            // Drawn by an SVG renderer and read by a QR reader, as a phone would read the screen.
            assertThat(Pdfs.decodeQr(rasterise(qr, 400)))
                    .isEqualTo("http://localhost/routines/generate/follow?slot=morning&minutes=10&place=home&date="
                            + DAY);
        }

        /** The SVG drawn by Batik on white, this many pixels wide. */
        static BufferedImage rasterise(String svg, int width) throws TranscoderException {
            BufferedImage[] drawn = new BufferedImage[1];
            ImageTranscoder transcoder = new ImageTranscoder() {
                @Override
                public BufferedImage createImage(int w, int h) {
                    return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                }

                @Override
                public void writeImage(BufferedImage image, TranscoderOutput output) {
                    drawn[0] = image;
                }
            };
            transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
            transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
            return drawn[0];
        }
    }

    @Nested
    class BrowserView {

        @Test
        void shows_the_routine_with_figures_dosage_ticks_and_the_pdf_links() throws Exception {
            String page = html("/routines/generate/sheet?slot=evening&minutes=10&date=" + DAY);
            assertThat(page)
                    .contains("<h1>Evening routine</h1>")
                    .contains("-print.svg?v=")
                    .contains("Tick each day you do it")
                    .contains("Stop at once if you feel sharp pain")
                    .contains("/routines/generate/sheet.pdf?slot=evening&amp;minutes=10&amp;place=home&amp;date=" + DAY
                            + "&amp;paper=letter")
                    .contains("/js/print")
                    .doesNotContain("<style");
            assertThat(movementNamesOnThePage("/routines/generate/sheet?slot=evening&minutes=10&date=" + DAY))
                    .hasSizeGreaterThan(2);
        }

        @Test
        void renders_as_well_formed_xml_in_pdf_mode() throws Exception {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            try {
                SheetParts parts = SheetParts.of(context);
                Sheet sheet = parts.factory(SheetParts.urls("")).sheet(worstCase(), Locale.ENGLISH);
                String xhtml = parts.templates().render(SheetDocuments.SHEET_TEMPLATE, Map.of("sheet", sheet), Paper.A4,
                        Locale.ENGLISH);
                javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var doc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
                        xhtml.replaceFirst("<!DOCTYPE html>", ""))));
                assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
                        .as("12 figures and the QR code, all inline").isEqualTo(13);
                assertThat(xhtml).doesNotContain("<img").doesNotContain("<link").doesNotContain("<script");
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "/routines/generate/sheet.pdf?slot=morning&paper=a5 | a5",
                "/routines/generate/sheet?slot=noon | noon",
                "/routines/generate/sheet.pdf?slot=noon | noon",
                "/routines/generate/sheet.pdf?slot=morning&minutes=many | many",
                "/routines/generate/sheet?slot=morning&date=yesterday | yesterday"})
        void an_unknown_value_is_a_400_page_naming_it(String uri, String value) throws Exception {
            MvcTestResult result = get(uri);
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\u201c" + value + "\u201d");
        }

        @ParameterizedTest
        @CsvSource({"/routines/no-such-token/sheet", "/routines/no-such-token/sheet.pdf?paper=letter"})
        void an_unknown_saved_routine_is_a_404_page(String uri) throws Exception {
            MvcTestResult result = get(uri);
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("There is no saved routine at this link");
        }
    }

    @Nested
    class WeekPlanSheet {

        static final String ALL_EQUIPMENT = "equipment=foam-roller&equipment=chair&equipment=massage-ball"
                + "&equipment=towel-or-pillow&equipment=wall-or-doorway&equipment=exercise-ball"
                + "&equipment=resistance-band&equipment=stool&equipment=peanut";

        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource(delimiter = '|', value = {
                "date=2026-11-21 | a4",
                "date=2026-11-21 | letter",
                "minutes=45&place=home&equipment=foam-roller&equipment=chair&equipment=massage-ball&equipment=towel-or-pillow&equipment=wall-or-doorway&equipment=exercise-ball&equipment=resistance-band&equipment=stool&equipment=peanut&date=2026-11-21 | letter",
                "minutes=45&date=2026-11-21 | a4"})
        void seven_days_of_three_routines_fit_one_page(String query, String paper) {
            byte[] pdf = bytes("/plan/week.pdf?" + query + "&paper=" + paper);
            assertThat(Pdfs.pages(pdf)).isEqualTo(1);
            String text = Pdfs.text(pdf);
            assertThat(text).contains("Morning", "Midday", "Evening", "Saturday 21 Nov", "Friday 27 Nov");
        }

        @Test
        void each_cell_names_that_days_routine_and_links_to_it() throws Exception {
            String page = html("/plan/week?minutes=10&date=" + DAY);
            assertThat(page.split("class=\"box\"", -1)).hasSize(22);
            assertThat(page).contains("href=\"http://localhost/routines/generate?slot=evening&amp;minutes=10&amp;place=home&amp;date=2026-11-23\"")
                    .contains("/plan/week.pdf?minutes=10&amp;date=" + DAY + "&amp;paper=a4")
                    .contains("/plan/reminders?minutes=10");
            String firstMorning = html("/routines/generate/sheet?slot=morning&minutes=10&date=" + DAY);
            assertThat(Pdfs.text(bytes("/plan/week.pdf?minutes=10&date=" + DAY)))
                    .contains(movementNames(firstMorning).get(0));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "/plan/week?date=someday | someday",
                "/plan/week.pdf?paper=a3 | a3",
                "/plan/week.pdf?equipment=trampoline | trampoline"})
        void bad_input_is_a_400_page_naming_it(String uri, String value) throws Exception {
            MvcTestResult result = get(uri);
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\u201c" + value + "\u201d");
        }
    }

    @Nested
    class Reminders {

        net.fortuna.ical4j.model.Calendar parse(String ics) throws Exception {
            return new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
        }

        @Test
        void the_ics_has_a_daily_event_per_chosen_slot_linking_to_that_slots_routine() throws Exception {
            MvcTestResult result = get("/plan/reminders.ics?morning=07:30&midday=&evening=21:05&minutes=10");
            assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
            assertThat(result.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"limber-reminders.ics\"");
            String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(ics).contains("\r\n").contains("RRULE:FREQ=DAILY");

            net.fortuna.ical4j.model.Calendar calendar = parse(ics);
            List<net.fortuna.ical4j.model.component.VEvent> events =
                    calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
            assertThat(events).hasSize(2);
            calendar.validate();

            var morning = events.get(0);
            assertThat(morning.getSummary().getValue()).isEqualTo("Morning stretch (10 min)");
            assertThat(morning.<java.time.LocalDateTime>getDateTimeStart().getDate().toLocalTime())
                    .isEqualTo(java.time.LocalTime.of(7, 30));
            var evening = events.get(1);
            assertThat(evening.<java.time.LocalDateTime>getDateTimeStart().getDate().toLocalTime())
                    .isEqualTo(java.time.LocalTime.of(21, 5));
            for (var event : events) {
                net.fortuna.ical4j.model.property.RRule<?> rule =
                        event.<net.fortuna.ical4j.model.property.RRule<?>>getProperty("RRULE").orElseThrow();
                assertThat(rule.getRecur().getFrequency())
                        .isEqualTo(net.fortuna.ical4j.transform.recurrence.Frequency.DAILY);
                assertThat(event.getDuration().getDuration()).isEqualTo(java.time.Duration.ofMinutes(10));
                assertThat(event.getAlarms()).hasSize(1);
            }
            assertThat(morning.getUrl().getValue()).isEqualTo("http://localhost/routines/generate?slot=morning&minutes=10&place=home");
            assertThat(evening.getUrl().getValue()).isEqualTo("http://localhost/routines/generate?slot=evening&minutes=10&place=home");
            assertThat(evening.getDescription().getValue()).contains("http://localhost/routines/generate?slot=evening&minutes=10&place=home");
            assertThat(morning.getUid().orElseThrow().getValue()).isNotEqualTo(evening.getUid().orElseThrow().getValue());
        }

        @Test
        void the_same_choices_give_the_same_event_ids_so_a_second_import_updates() throws Exception {
            String first = get("/plan/reminders.ics?morning=07:30&place=home").getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String later = get("/plan/reminders.ics?morning=08:00&place=home").getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(uid(first)).isEqualTo(uid(later));
        }

        private String uid(String ics) throws Exception {
            return parse(ics).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0).getUid().orElseThrow()
                    .getValue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "morning=7.30 | morning | 7.30",
                "evening=25:00 | evening | 25:00",
                "midday=noon | midday | noon",
                "morning=07:30&slot=morning&minutes=120 | minutes | 120"})
        void a_time_that_is_not_a_time_is_a_400_naming_the_field(String query, String field, String value)
                throws Exception {
            MvcTestResult result = get("/plan/reminders.ics?" + query);
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("\u201c" + value + "\u201d").contains(field);
        }

        @Test
        void no_time_at_all_is_a_400_that_says_so() throws Exception {
            MvcTestResult result = get("/plan/reminders.ics?morning=&midday=&evening=");
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Pick a time for at least one");
        }

        @Test
        void the_form_offers_a_time_per_slot_and_carries_the_routine_inputs() throws Exception {
            String page = html("/plan/reminders?place=home&equipment=chair&minutes=10&slot=evening");
            assertThat(page).contains("type=\"time\" id=\"morning\" name=\"morning\" value=\"07:30\"")
                    .contains("name=\"evening\" value=\"21:00\"")
                    .contains("type=\"hidden\" name=\"equipment\" value=\"chair\"")
                    .contains("action=\"/plan/reminders.ics\"")
                    .doesNotContain("name=\"slot\"");
            assertThat(get("/plan/reminders?equipment=rope")).hasStatus(HttpStatus.BAD_REQUEST);
        }
    }

    /** The movement names as the browser view shows them, to look for in the PDF. */
    List<String> movementNamesOnThePage(String uri) throws Exception {
        return movementNames(html(uri));
    }

    static List<String> movementNames(String page) {
        List<String> names = new ArrayList<>();
        // The movement's number leads its name; the block label (full sheets) follows it.
        var m = java.util.regex.Pattern.compile("<h2 class=\"move-name\">(?:<span class=\"num\">\\d+</span> )?"
                + "([^<]+?)(?: <span class=\"move-block\">[^<]*</span>)?</h2>").matcher(page);
        while (m.find()) {
            names.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
        }
        return names;
    }
}
