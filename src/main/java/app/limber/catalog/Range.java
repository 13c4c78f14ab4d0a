package app.limber.catalog;

/** An inclusive range of whole numbers as the articles give them ("10-15", "30"). */
public record Range(int min, int max) {

    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad range " + min + ".." + max);
        }
    }

    public static Range of(int value) {
        return new Range(value, value);
    }

    /** Null when either end is missing: the column pair is not part of this dosage. */
    static Range ofNullable(Integer min, Integer max) {
        if (min == null && max == null) {
            return null;
        }
        int lo = min != null ? min : max;
        int hi = max != null ? max : min;
        return new Range(lo, hi);
    }

    public boolean single() {
        return min == max;
    }

    @Override
    public String toString() {
        return single() ? Integer.toString(min) : min + "-" + max;
    }
}
