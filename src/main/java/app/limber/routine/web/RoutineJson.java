package app.limber.routine.web;

import app.limber.routine.Dose;
import app.limber.routine.Routine;
import app.limber.routine.RoutineBlock;
import app.limber.routine.RoutineItem;
import app.limber.routine.form.RoutineInputs;
import app.limber.routine.RoutineRequest;
import app.limber.system.EnumParams;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A routine as JSON: the slot, the inputs, the blocks in order with their movements, the total and notices. */
record RoutineJson(String slot, Inputs inputs, List<BlockJson> blocks, int totalSeconds, int minSeconds,
                   int maxSeconds, String shortfall, List<String> notices, String safety, String url) {

    record Inputs(String slot, int minutes, String place, List<String> equipment, List<String> cautions,
                  String focus, LocalDate date, int shuffle) {
    }

    record BlockJson(String block, String purpose, int seconds, List<ItemJson> items) {
    }

    /**
     * One movement as someone about to do it needs it: the dose, its pace in words (null where not paced reps), the
     * key form cues and the cautions, and whether this is its second round in the routine.
     */
    record ItemJson(String slug, String name, String block, DoseJson dosage, String plainDosage, String pace,
                    List<String> cues, List<String> cautions, boolean secondRound, int seconds, String why) {
    }

    record DoseJson(Integer hold, Integer reps, int sets, boolean eachSide, Integer duration) {

        static DoseJson of(Dose dose) {
            return new DoseJson(dose.holdSeconds(), dose.reps(), dose.sets(), dose.eachSide(),
                    dose.durationSeconds());
        }
    }

    /** A generated routine: its address is the routine page for the same inputs. */
    static RoutineJson of(Routine routine, RoutineText text, MessageSource messages, Locale locale) {
        return of(routine, RoutineInputs.of(routine.request()).link("/routines/generate"), text, messages, locale);
    }

    /** A routine with its page at {@code url} (a saved routine's own address). */
    static RoutineJson of(Routine routine, String url, RoutineText text, MessageSource messages, Locale locale) {
        RoutineRequest r = routine.request();
        Inputs inputs = new Inputs(EnumParams.toParam(r.slot()), r.minutes(), EnumParams.toParam(r.place()),
                r.equipment().stream().sorted().map(EnumParams::toParam).toList(),
                r.cautions().stream().sorted().map(EnumParams::toParam).toList(),
                r.focus() == null ? null : EnumParams.toParam(r.focus()), r.date(), r.shuffle());
        List<BlockJson> blocks = routine.blocks().stream().map(b -> block(b, text, messages, locale)).toList();
        List<String> notices = routine.noticeKeys().stream().map(k -> messages.getMessage(k, null, locale)).toList();
        // Where the routine is shorter than asked, the same plain sentence the page heads it with; null otherwise.
        String shortfall = text.fallsShort(routine) ? text.shortfall(routine) : null;
        return new RoutineJson(inputs.slot(), inputs, blocks, routine.seconds(),
                app.limber.routine.RoutineBuilder.lowSeconds(r.minutes()),
                app.limber.routine.RoutineBuilder.highSeconds(r.minutes()), shortfall, notices,
                messages.getMessage("footer.stop", null, locale), url);
    }

    private static BlockJson block(RoutineBlock block, RoutineText text, MessageSource messages, Locale locale) {
        String name = EnumParams.toParam(block.block());
        List<ItemJson> items = block.items().stream().map(i -> item(i, name, text, messages, locale)).toList();
        return new BlockJson(name, messages.getMessage("blockPurpose." + block.block().name(), null, locale),
                block.seconds(), items);
    }

    private static ItemJson item(RoutineItem item, String block, RoutineText text, MessageSource messages,
                                 Locale locale) {
        return new ItemJson(item.movement().slug(), item.movement().name(), block, DoseJson.of(item.dose()),
                text.dose(item.dose()), text.pace(item.movement(), item.dose()), item.movement().cues(),
                item.movement().cautions(), item.secondRound(), item.seconds(),
                messages.getMessage(item.reasonKey(), null, locale));
    }
}
