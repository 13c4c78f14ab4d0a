package app.limber.catalog;

/**
 * How fast one rep goes: its kind and the seconds it takes. The routine's timing, the player and the sheet all
 * use these seconds, so a planned session takes as long to follow as it says.
 *
 * @param fromArticle true where an article times the reps (cat-cow's "about a minute"); otherwise the seconds are
 *                    Limber's estimate for the article's kind of rep, and the detail page says so
 */
public record Pace(Tempo tempo, int secondsPerRep, boolean fromArticle) {

    public Pace {
        if (tempo == null || secondsPerRep < 1) {
            throw new IllegalArgumentException("a pace needs a tempo and at least one second per rep");
        }
    }

    /** A pace whose seconds are Limber's estimate. */
    public Pace(Tempo tempo, int secondsPerRep) {
        this(tempo, secondsPerRep, false);
    }

    /** The pace stored with a movement, or null when it has no reps. */
    static Pace ofNullable(Tempo tempo, Integer secondsPerRep, boolean fromArticle) {
        return tempo == null || secondsPerRep == null ? null : new Pace(tempo, secondsPerRep, fromArticle);
    }
}
