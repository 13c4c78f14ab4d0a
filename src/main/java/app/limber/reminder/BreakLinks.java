package app.limber.reminder;

/**
 * Where each kind of break leads: the movement break to the player with Limber's one-to-two-minute break
 * (follow's {@code /routines/break/follow}: shoulder rolls and arm circles), the stretch break
 * to the player with the five-minute desk routine of the day (no date, so a calendar link always opens that day's).
 */
final class BreakLinks {

    static final String MOVE = "/routines/break/follow";
    static final String STRETCH = "/routines/generate/follow?slot=midday&minutes=5&place=desk";

    private BreakLinks() {
    }

    static String path(WorkdaySchedule.Kind kind) {
        return kind == WorkdaySchedule.Kind.MOVE ? MOVE : STRETCH;
    }

    /** How long the calendar blocks for each kind: a movement break takes a minute or two, the stretch five. */
    static int minutes(WorkdaySchedule.Kind kind) {
        return kind == WorkdaySchedule.Kind.MOVE ? 2 : 5;
    }
}
