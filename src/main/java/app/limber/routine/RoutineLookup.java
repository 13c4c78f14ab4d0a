package app.limber.routine;

import java.util.List;
import java.util.Map;

/**
 * The one way other features (the player, the print sheet) find the routine a URL names. Generated routines
 * take the same query parameters as {@code /routines/generate}; saved routines are found by token.
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
}
