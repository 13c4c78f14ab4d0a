package app.limber.routine;

import java.util.List;

/**
 * A session: the request it answers, its blocks in order, and notices (message keys) such as "the constraints
 * leave too little to fill the time".
 */
public record Routine(RoutineRequest request, List<RoutineBlock> blocks, List<String> noticeKeys) {

    public Routine {
        blocks = List.copyOf(blocks);
        noticeKeys = List.copyOf(noticeKeys);
    }

    public int seconds() {
        return blocks.stream().mapToInt(RoutineBlock::seconds).sum();
    }

    public List<RoutineItem> items() {
        return blocks.stream().flatMap(b -> b.items().stream()).toList();
    }
}
