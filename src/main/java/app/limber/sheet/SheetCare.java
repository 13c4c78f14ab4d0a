package app.limber.sheet;

import java.util.List;

/**
 * The print sheet's short form of what to take care of in a movement: its key form cues, then its cautions, run
 * together, in full while they fit the room one movement has on the one-page sheet, else cut at a word and ended
 * with "…" (the sheet then says the player shows them all; its QR code opens it). The routine page and the player
 * always show every one in full.
 *
 * <p>Room is counted in characters, from how many movements share the page: up to eight, each has about six lines;
 * up to twelve, about three (where to feel it gives way first); from thirteen the sheet turns dense and each has two
 * short lines; past twenty, none (the sheet points to the player). Measured on A4 and US Letter with the wordiest movements at their longest doses
 * and more cues and cautions than a movement can hold (SheetSafetyTest keeps each of these counts on one page).
 */
final class SheetCare {

    static final String CUT = "…";

    private SheetCare() {
    }

    /** Characters of cues and cautions one movement may print when the sheet holds this many movements. */
    static int room(int movements) {
        if (movements <= 8) {
            return 260;
        }
        if (movements <= Sheet.FULL_DETAIL_MAX) {
            return 100;
        }
        // Past twenty a line of it would be a stub ("Lower-back trouble? Go…"): print none, and the sheet's line
        // sends the reader to the player, which shows them all.
        return movements <= 20 ? 95 : 0;
    }

    /** The cues and cautions as one paragraph, cut at a word (ending in "…") where it is longer than the room. */
    static Text shortForm(List<String> care, int room) {
        String all = String.join(" ", care);
        if (all.length() <= room) {
            return new Text(all, false);
        }
        if (room <= 0) {
            return new Text("", true);
        }
        int end = all.lastIndexOf(' ', room - 1);
        String kept = all.substring(0, end > 0 ? end : room - 1);
        return new Text(kept.replaceAll("[\\s,;:.]+$", "") + CUT, true);
    }

    /** The paragraph as printed ("" when there is nothing to take care of), and whether it was cut to fit. */
    record Text(String text, boolean cut) {

        public boolean empty() {
            return text.isEmpty();
        }
    }
}
