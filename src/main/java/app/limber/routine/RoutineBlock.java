package app.limber.routine;

import app.limber.catalog.Block;
import java.util.List;

/** One block of a routine (warm-up, release, stretches...), its movements in order. */
public record RoutineBlock(Block block, List<RoutineItem> items) {

    public RoutineBlock {
        items = List.copyOf(items);
    }

    public int seconds() {
        return items.stream().mapToInt(RoutineItem::seconds).sum();
    }
}
