package app.limber.catalog;

/**
 * One block at one time of day, as the session rules store it (table {@code slot_block}).
 *
 * @param sharePercent the share of the time asked this block aims for (Limber's choice: no article gives shares)
 * @param allowed      false when the block never appears at this time of day
 * @param staticOnly   true when the block takes static holds only at this time of day
 * @param statedBy     the code of the article that states this row's allowed / static-only rule, or null where it
 *                     is Limber's own choice (or restricts nothing)
 */
public record SlotBlockRule(Slot slot, Block block, int sharePercent, boolean allowed, boolean staticOnly,
                            String statedBy) {

    /** True when no article states this row's rule: Limber chose it, and says so where it shows. */
    public boolean limbersChoice() {
        return statedBy == null;
    }
}
