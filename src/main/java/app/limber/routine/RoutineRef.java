package app.limber.routine;

/**
 * A routine found from a URL, with what pages that hang from it (follow, print) need to link back.
 *
 * @param routine  the routine itself
 * @param name     the name it was saved under, or null for a generated routine
 * @param token    the saved routine's token, or null for a generated routine
 * @param query    for a generated routine, the query string that carries its inputs (no leading '?'); else ""
 */
public record RoutineRef(Routine routine, String name, String token, String query) {

    public boolean saved() {
        return token != null;
    }

    /** The routine's own page: {@code /routines/{token}} or {@code /routines/generate?...}. */
    public String pagePath() {
        return saved() ? "/routines/" + token : "/routines/generate" + (query.isEmpty() ? "" : "?" + query);
    }

    /** A page hanging from this routine, e.g. {@code suffixPath("follow")}: {@code /routines/{token}/follow} or
     * {@code /routines/generate/follow?...}. */
    public String subPath(String page) {
        return saved() ? "/routines/" + token + "/" + page
                : "/routines/generate/" + page + (query.isEmpty() ? "" : "?" + query);
    }
}
