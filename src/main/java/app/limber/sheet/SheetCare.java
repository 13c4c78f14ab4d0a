package app.limber.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The print sheet's short form of what to take care of in a movement: its key form cues, then its cautions, run
 * together, in full while they fit the room one movement has on the one-page sheet, else whole sentences, cautions
 * first, ended with "…" (the sheet then says the player shows them all; its QR code opens it). The routine page and the player
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

    /**
     * The cues and cautions as one paragraph. Where they do not all fit, whole sentences are kept, cautions before
     * cues (a caution is the safety line, and one cut mid-way, "Be especially…", can read as its opposite), printed
     * in their usual order and ended with "…". The first caution always shows: where even it is longer than the room
     * it is the one cut at a word.
     */
    static Text shortForm(List<String> cues, List<String> cautions, int room) {
        List<String> care = new ArrayList<>(cues);
        care.addAll(cautions);
        String all = String.join(" ", care);
        if (all.length() <= room) {
            return new Text(all, false);
        }
        if (room <= 0) {
            return new Text("", true);
        }
        Set<String> kept = new HashSet<>();
        int length = CUT.length();
        for (String caution : cautions) {
            if (length + caution.length() + 1 <= room) {
                kept.add(caution);
                length += caution.length() + 1;
            } else if (kept.isEmpty()) {
                return cutAtWord(caution, room);
            }
        }
        for (String cue : cues) {
            if (length + cue.length() + 1 <= room) {
                kept.add(cue);
                length += cue.length() + 1;
            }
        }
        if (kept.isEmpty()) {
            return cutAtWord(cues.get(0), room);
        }
        return new Text(String.join(" ", care.stream().filter(kept::contains).toList()) + " " + CUT, true);
    }

    private static Text cutAtWord(String sentence, int room) {
        int end = sentence.lastIndexOf(' ', room - 1);
        String kept = sentence.substring(0, end > 0 ? end : Math.min(sentence.length(), room - 1));
        return new Text(kept.replaceAll("[\\s,;:.]+$", "") + CUT, true);
    }

    /** The paragraph as printed ("" when there is nothing to take care of), and whether it was cut to fit. */
    record Text(String text, boolean cut) {

        public boolean empty() {
            return text.isEmpty();
        }
    }
}
