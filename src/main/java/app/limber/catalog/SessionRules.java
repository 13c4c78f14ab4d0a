package app.limber.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a session's shape, read from the database (migration V8) like the catalog itself: each block's
 * share of the time at each time of day, the blocks a time of day leaves out or keeps to static holds, and which
 * movements are StretchMed's light cardio. Immutable plain Java, so the routine builder takes it as it takes
 * movements.
 */
public final class SessionRules {

    private final List<SlotBlockRule> slotBlocks;
    private final Map<Slot, Map<Block, SlotBlockRule>> bySlot = new EnumMap<>(Slot.class);
    private final Set<String> lightCardio;

    /**
     * @param slotBlocks  one rule for every time of day and block
     * @param lightCardio slugs of StretchMed's light cardio (marching in place, heel digs, a walk, a cardio machine)
     * @throws IllegalArgumentException when a time of day and block has no rule or more than one
     */
    public SessionRules(Collection<SlotBlockRule> slotBlocks, Collection<String> lightCardio) {
        this.slotBlocks = List.copyOf(slotBlocks);
        this.lightCardio = Set.copyOf(lightCardio);
        for (Slot slot : Slot.values()) {
            Map<Block, SlotBlockRule> rules = new EnumMap<>(Block.class);
            for (SlotBlockRule rule : this.slotBlocks) {
                if (rule.slot() == slot && rules.put(rule.block(), rule) != null) {
                    throw new IllegalArgumentException("two session rules for " + slot + " " + rule.block());
                }
            }
            if (rules.size() != Block.values().length) {
                throw new IllegalArgumentException("session rules for " + slot + " cover only " + rules.keySet());
            }
            bySlot.put(slot, Collections.unmodifiableMap(rules));
        }
    }

    static SessionRules load(Collection<SlotBlockEntity> slotBlocks, Collection<LightCardioEntity> lightCardio) {
        return new SessionRules(slotBlocks.stream().map(SlotBlockEntity::toRule).toList(),
                lightCardio.stream().map(LightCardioEntity::getMovementSlug).toList());
    }

    public List<SlotBlockRule> slotBlocks() {
        return slotBlocks;
    }

    /** The rule of this block at this time of day. */
    public SlotBlockRule rule(Slot slot, Block block) {
        return bySlot.get(slot).get(block);
    }

    /** This time of day's rules, in block order. */
    public Map<Block, SlotBlockRule> byBlock(Slot slot) {
        return bySlot.get(slot);
    }

    /** Slugs of StretchMed's light cardio. */
    public Set<String> lightCardio() {
        return lightCardio;
    }

    public boolean isLightCardio(Movement movement) {
        return lightCardio.contains(movement.slug());
    }
}
