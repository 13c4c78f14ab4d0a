package app.limber.catalog.search;

/**
 * Whether two words are within a few typing slips of each other: insertions, deletions, substitutions and swaps of
 * two neighbouring letters (the optimal string alignment distance), stopping as soon as the bound is passed.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The distance between a and b when it is at most max; otherwise max + 1. */
    public static int bounded(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], max + 1);
    }

    /** How many slips a word of this length may carry: none in short words, where one slip makes another word. */
    public static int allowedFor(String word) {
        if (word.length() <= 3) {
            return 0;
        }
        return word.length() <= 6 ? 1 : 2;
    }
}
