package app.limber.routine;

import app.limber.catalog.Block;
import app.limber.catalog.SessionRules;
import app.limber.catalog.Slot;
import app.limber.catalog.SlotBlockRule;

/**
 * One time of day's rules: its {@link SlotCharacter} (StretchMed's sequences) and, from the session rules table,
 * each block's share of the time, whether the block appears at all and whether it keeps to static holds.
 */
public final class SlotRules {

    /**
     * Percentage points a focus adds to the share of the block it emphasises (Limber's choice), as long as that
     * block has a share at this time of day.
     */
    static final int FOCUS_BONUS_PERCENT = 10;

    private final SlotCharacter character;
    /** By block ordinal: the builder asks for them at every step. */
    private final SlotBlockRule[] blocks = new SlotBlockRule[Block.values().length];

    SlotRules(Slot slot, SessionRules rules) {
        this.character = SlotCharacter.of(slot);
        rules.byBlock(slot).forEach((block, rule) -> blocks[block.ordinal()] = rule);
    }

    public Slot slot() {
        return character.slot();
    }

    public SlotCharacter character() {
        return character;
    }

    public SlotBlockRule rule(Block block) {
        return blocks[block.ordinal()];
    }

    /** False when this time of day leaves the block out altogether. */
    public boolean allowed(Block block) {
        return blocks[block.ordinal()].allowed();
    }

    /** True when this time of day keeps the block to static holds. */
    public boolean staticOnly(Block block) {
        return blocks[block.ordinal()].staticOnly();
    }

    /** The block's share of the time asked, in percent, with the focus's bonus (0 when the block is left out). */
    public int share(Block block, Focus focus) {
        SlotBlockRule rule = blocks[block.ordinal()];
        if (!rule.allowed() || rule.sharePercent() == 0) {
            return 0;
        }
        return rule.sharePercent() + (focus != null && focus.emphasises(block) ? FOCUS_BONUS_PERCENT : 0);
    }

    /** Static holds are pulled into StretchMed's evening window of 20-30 s where the rules keep a block static. */
    public boolean holdWindowApplies(Block block) {
        return staticOnly(block);
    }
}
