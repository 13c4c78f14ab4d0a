package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.SessionRules;
import app.limber.catalog.Slot;
import app.limber.catalog.SlotBlockRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The session rules for tests without a database: the same rows as migration V8 (a test over the real catalog
 * holds them equal), so the small-catalog tests run on the rules the application uses.
 */
public final class Rules {

    static final String STRETCHMED = "stretchmed-loosen-upper-back";

    /** V8's rows, and its light cardio. */
    public static final SessionRules V8 = new SessionRules(rows(), Set.of("marching-in-place", "heel-digs", "easy-walk",
            "low-resistance-cardio"));

    private Rules() {
    }

    private static List<SlotBlockRule> rows() {
        List<SlotBlockRule> rows = new ArrayList<>();
        shares(rows, Slot.MORNING, 25, 10, 35, 20, 10, 0);
        shares(rows, Slot.MIDDAY, 25, 10, 40, 15, 10, 0);
        rows.add(new SlotBlockRule(Slot.EVENING, Block.WARM_UP, 25, true, false, null));
        rows.add(new SlotBlockRule(Slot.EVENING, Block.RELEASE, 15, true, false, null));
        rows.add(new SlotBlockRule(Slot.EVENING, Block.STRETCH, 40, true, true, STRETCHMED));
        rows.add(new SlotBlockRule(Slot.EVENING, Block.MOBILITY, 10, true, false, null));
        rows.add(new SlotBlockRule(Slot.EVENING, Block.STRENGTHENING, 0, false, false, null));
        rows.add(new SlotBlockRule(Slot.EVENING, Block.RELAXATION, 10, true, true, null));
        return rows;
    }

    private static void shares(List<SlotBlockRule> rows, Slot slot, int... percent) {
        for (Block block : Block.values()) {
            rows.add(new SlotBlockRule(slot, block, percent[block.ordinal()], true, false, null));
        }
    }

    /** The builder over these rules. */
    public static RoutineBuilder builder(List<app.limber.catalog.Movement> movements) {
        return new RoutineBuilder(movements, V8);
    }

    static SlotRules slot(Slot slot) {
        return new SlotRules(slot, V8);
    }
}
