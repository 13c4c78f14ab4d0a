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
                   int maxSeconds, List<String> notices, String url) {

    record Inputs(String slot, int minutes, String place, List<String> equipment, List<String> cautions,
                  String focus, LocalDate date, int shuffle) {
    }

    record BlockJson(String block, String purpose, int seconds, List<ItemJson> items) {
    }

    record ItemJson(String slug, String name, String block, DoseJson dosage, String plainDosage, int seconds,
                    String why) {
    }

    record DoseJson(Integer hold, Integer reps, int sets, boolean eachSide, Integer duration) {

        static DoseJson of(Dose dose) {
            return new DoseJson(dose.holdSeconds(), dose.reps(), dose.sets(), dose.eachSide(),
                    dose.durationSeconds());
        }
    }

    static RoutineJson of(Routine routine, RoutineText text, MessageSource messages, Locale locale) {
        RoutineRequest r = routine.request();
        Inputs inputs = new Inputs(EnumParams.toParam(r.slot()), r.minutes(), EnumParams.toParam(r.place()),
                r.equipment().stream().sorted().map(EnumParams::toParam).toList(),
                r.cautions().stream().sorted().map(EnumParams::toParam).toList(),
                r.focus() == null ? null : EnumParams.toParam(r.focus()), r.date(), r.shuffle());
        List<BlockJson> blocks = routine.blocks().stream().map(b -> block(b, text, messages, locale)).toList();
        List<String> notices = routine.noticeKeys().stream().map(k -> messages.getMessage(k, null, locale)).toList();
        return new RoutineJson(inputs.slot(), inputs, blocks, routine.seconds(),
                app.limber.routine.RoutineBuilder.lowSeconds(r.minutes()),
                app.limber.routine.RoutineBuilder.highSeconds(r.minutes()), notices,
                RoutineInputs.of(r).link("/routines/generate"));
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
                text.dose(item.dose()), item.seconds(), messages.getMessage(item.reasonKey(), null, locale));
    }
}
