package app.limber.routine;

import java.util.List;
import java.util.Map;

/**
 * The one way other features (the player, the print sheet, the history) find routines: the routine a URL names
 * (generated routines take the same query parameters as {@code /routines/generate}; saved routines are found by
 * token), and how many a browser has saved.
 */
public interface RoutineLookup {

    /**
     * The routine for these query parameters (slot, minutes, place, equipment, caution, focus, date, shuffle).
     *
     * @throws app.limber.system.BadRequestException naming the first bad parameter
     */
    RoutineRef generated(Map<String, List<String>> queryParams);

    /**
     * The routine saved under this token, as saved (later edits included).
     *
     * @throws app.limber.system.NotFoundException when the token is malformed or unknown
     */
    RoutineRef saved(String token);

    /**
     * How many routines the browser with this identifier ({@link app.limber.system.BrowserId}) has in its list, My
     * routines, as that page lists them (deleted ones waiting for their undo left out).
     */
    long savedIn(String browserId);
}
