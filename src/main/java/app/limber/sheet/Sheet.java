package app.limber.sheet;

import app.limber.catalog.Movement;
import java.util.List;

/**
 * Everything one printed routine sheet shows, worked out in Java so that the browser view and the PDF render the
 * same values from the same template.
 *
 * @param title     the saved name, or "Morning routine" for a generated one (its true length where it falls short)
 * @param shortfall for a saved routine shorter than the time it was made for, its true length against that time;
 *                  else null
 * @param facts     slot, total time, number of movements and (for a generated routine) its date, in one line
 * @param followUrl the absolute URL of the routine's follow page, which the QR code encodes
 * @param qrSvg     the QR code as an SVG element
 * @param days      short day names for the tick grid, from the reader's first day of the week
 * @param siteUrl   where the sheet came from, printed in the fine print
 */
record Sheet(String title, String shortfall, String facts, List<Item> items, String followUrl, String qrSvg, String safetyUrl,
             List<String> days, String siteUrl) {

    /** Up to this many movements the sheet shows every cue and fits one page; above, it turns dense. */
    static final int FULL_DETAIL_MAX = 12;

    Sheet {
        items = List.copyOf(items);
        days = List.copyOf(days);
    }

    /** The movements two by two, in reading order: a table row per pair keeps the two halves of a row level. */
    public List<List<Item>> rows() {
        List<List<Item>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) {
            rows.add(items.subList(i, Math.min(i + 2, items.size())));
        }
        return rows;
    }

    /** Long routines (more than twelve movements) drop the cues and shrink the figures to stay on one page. */
    public boolean dense() {
        return items.size() > FULL_DETAIL_MAX;
    }

    /** True when some movement's cues and cautions were cut to fit: the sheet then says where to read them all. */
    public boolean careCut() {
        return items.stream().anyMatch(i -> i.care().cut());
    }

    /**
     * One movement: its number in the routine, block label, the dose in plain words, the pace of its reps (null
     * where it has no paced reps), where to feel it (null where the sheet has no room for it), what to take care
     * of (its key form cues, then its cautions, in the sheet's {@link SheetCare short form}) and the still
     * start-to-end figure (an SVG element, inlined into the PDF; the browser loads the same figure as an image).
     */
    record Item(int number, String block, Movement movement, String dose, String pace, String cue,
                SheetCare.Text care, String figureSvg) {
    }
}
