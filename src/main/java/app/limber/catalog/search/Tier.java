package app.limber.catalog.search;

/**
 * How well a movement matches a search, best first: the order of the results. A query of several words is as good
 * as its weakest word (in "pec stretch", "stretch" is in the name but "pec" only in a synonym: a synonym match).
 */
public enum Tier {
    /** The query is the movement's name ("childs pose", "catcow"). */
    EXACT_NAME,
    /** Every word is a word of the name, or the start of one. */
    NAME,
    /** A word is only in one of the movement's other names ("torso twist", "pec stretch"). */
    SYNONYM,
    /** A word names a muscle or area it works ("lats", "rhomboid", "neck"). */
    MUSCLE_OR_AREA,
    /** A word is only in its summary, steps or the articles' names for it. */
    TEXT,
    /** A word is only within a slip or two of the name, a synonym, a muscle or an area ("thorasic"). */
    FUZZY
}
