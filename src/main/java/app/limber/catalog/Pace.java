package app.limber.catalog;

/**
 * How fast one rep goes: its kind and the seconds it takes. The routine's timing, the player and the sheet all
 * use these seconds, so a planned session takes as long to follow as it says.
 */
public record Pace(Tempo tempo, int secondsPerRep) {

    public Pace {
        if (tempo == null || secondsPerRep < 1) {
            throw new IllegalArgumentException("a pace needs a tempo and at least one second per rep");
        }
    }

    /** The pace stored with a movement, or null when it has no reps. */
    static Pace ofNullable(Tempo tempo, Integer secondsPerRep) {
        return tempo == null || secondsPerRep == null ? null : new Pace(tempo, secondsPerRep);
    }
}
