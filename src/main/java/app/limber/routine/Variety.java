package app.limber.routine;

import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded choice. The seed comes from the date, the inputs that do not depend on the time of day (equipment,
 * place, cautions, focus) and the shuffle number, never from the clock: the same request on the same day gives
 * the same routine (stable links and tests), a new day or a shuffle gives another, and the three sessions of a
 * day share one seed so they can be planned together.
 */
final class Variety {

    private Variety() {
    }

    static long seed(RoutineRequest request) {
        long h = 0x9E3779B97F4A7C15L;
        h = mix(h ^ request.date().toEpochDay());
        // What is at hand, not what was ticked: a chair ticked at a desk, where there is one anyway, changes nothing.
        h = mix(h ^ mask(request.available()));
        h = mix(h ^ request.place().ordinal());
        h = mix(h ^ mask(request.cautions()));
        h = mix(h ^ (request.focus() == null ? -1 : request.focus().ordinal()));
        h = mix(h ^ request.shuffle());
        return h;
    }

    /** A random stream for one purpose (one block's candidates), independent of what other purposes draw. */
    static SplittableRandom stream(long seed, int purpose) {
        return new SplittableRandom(mix(seed + 0x632BE59BD9B4E019L * (purpose + 1)));
    }

    /** Fisher-Yates over a sub-range of the list. */
    static <T> void shuffle(List<T> list, int from, int to, SplittableRandom random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /** Enum sets as bit masks: ordinals are stable across runs, unlike enum hash codes. */
    private static long mask(Collection<? extends Enum<?>> values) {
        long mask = 0;
        for (Enum<?> value : values) {
            mask |= 1L << value.ordinal();
        }
        return mask;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole seed. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
