package app.limber.follow.web;

/**
 * How much faster than real time the player's clock runs, written into the page as {@code data-speed}. Always 1 in
 * use: no configuration sets it. A test that needs a whole routine played in seconds (PlayerBrowserTest) declares
 * a bean of this type, which the follow page then uses.
 */
public record PlayerSpeed(double factor) {

    static final PlayerSpeed REAL_TIME = new PlayerSpeed(1);

    public PlayerSpeed {
        if (!(factor > 0 && factor <= 1000)) {
            throw new IllegalArgumentException("The player's speed must be above 0 and at most 1000: " + factor);
        }
    }

    /** As written into the page: "1", "20", "2.5". */
    String attribute() {
        return factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
    }
}
