package app.limber.routine;

import java.util.List;

/**
 * A session: the request it answers, its blocks in order, and notices (message keys) such as "the constraints
 * leave too little to fill the time".
 */
public record Routine(RoutineRequest request, List<RoutineBlock> blocks, List<String> noticeKeys) {

    /** The notice of a routine the catalog cannot fill: every movement that suits is in, at its fullest. */
    public static final String SHORT_NOTICE = "routine.notice.tooLittle";

    public Routine {
        blocks = List.copyOf(blocks);
        noticeKeys = List.copyOf(noticeKeys);
    }

    /** The planned total: what the routine really takes, every movement's time added up. */
    public int seconds() {
        return blocks.stream().mapToInt(RoutineBlock::seconds).sum();
    }

    /** The time asked for. */
    public int askedSeconds() {
        return request.seconds();
    }

    /**
     * True when the planned total is below the time asked less 10 %: for a generated routine, only when the
     * catalog cannot fill it (it then carries {@link #SHORT_NOTICE}); for a saved one, also after movements were
     * taken out. The page then gives the true length where the heading is.
     */
    public boolean fallsShort() {
        return seconds() < RoutineBuilder.lowSeconds(request.minutes());
    }

    public List<RoutineItem> items() {
        return blocks.stream().flatMap(b -> b.items().stream()).toList();
    }
}
