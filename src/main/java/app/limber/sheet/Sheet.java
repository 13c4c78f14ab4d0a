package app.limber.sheet;

import app.limber.catalog.Movement;
import java.util.List;

/**
 * Everything one printed routine sheet shows, worked out in Java so that the browser view and the PDF render the
 * same values from the same template.
 *
 * @param title     the saved name, or "Morning routine" for a generated one
 * @param facts     slot, total time, number of movements and (for a generated routine) its date, in one line
 * @param followUrl the absolute URL of the routine's follow page, which the QR code encodes
 * @param qrSvg     the QR code as an SVG element
 * @param days      short day names for the tick grid, from the reader's first day of the week
 * @param siteUrl   where the sheet came from, printed in the fine print
 */
record Sheet(String title, String facts, List<Item> items, String followUrl, String qrSvg, String safetyUrl,
             List<String> days, String siteUrl) {

    Sheet {
        items = List.copyOf(items);
        days = List.copyOf(days);
    }

    /**
     * One movement: its number in the routine, block label, the dose in plain words, the key cue and the still
     * start-to-end figure (an SVG element, inlined into the PDF; the browser loads the same figure as an image).
     */
    record Item(int number, String block, Movement movement, String dose, String cue, String figureSvg) {
    }
}
