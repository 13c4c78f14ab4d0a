package app.limber.routine;

import app.limber.catalog.Area;
import app.limber.catalog.Block;
import app.limber.catalog.BodyPosition;
import app.limber.catalog.Caution;
import app.limber.catalog.Dosage;
import app.limber.catalog.Equipment;
import app.limber.catalog.Movement;
import app.limber.catalog.Pace;
import app.limber.catalog.Range;
import app.limber.catalog.Slot;
import app.limber.catalog.SpineDirection;
import app.limber.catalog.Style;
import app.limber.catalog.Tempo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Object Mother for catalog movements: a builder with sensible defaults, and a small catalog modelled on the
 * five articles (same slugs, blocks, positions, equipment and cautions as the real one is meant to have) so the
 * rules can be tested without Spring or a database.
 */
final class Movements {

    private Movements() {
    }

    static Builder movement(String slug) {
        return new Builder(slug);
    }

    static final class Builder {
        private static int nextId = 1;
        private final String slug;
        private Block block = Block.STRETCH;
        private Style style = Style.STATIC;
        private BodyPosition position = BodyPosition.STANDING;
        private Range hold;
        private Range reps;
        private Range sets = Range.of(1);
        private boolean eachSide;
        private Range duration;
        private final List<Set<Equipment>> equipment = new ArrayList<>();
        private Set<Area> areas = EnumSet.of(Area.UPPER_BACK);
        private Set<Slot> slots = EnumSet.allOf(Slot.class);
        private Set<Caution> excludedBy = EnumSet.noneOf(Caution.class);
        private int sortOrder = 10;
        private SpineDirection direction = SpineDirection.NONE;
        private Pace pace;

        private Builder(String slug) {
            this.slug = slug;
        }

        Builder block(Block value) { this.block = value; return this; }
        Builder dynamic() { this.style = Style.DYNAMIC; return this; }
        Builder extension() { this.direction = SpineDirection.EXTENSION; return this; }
        Builder direction(SpineDirection value) { this.direction = value; return this; }
        Builder pace(Tempo tempo, int secondsPerRep) { this.pace = new Pace(tempo, secondsPerRep); return this; }
        Builder position(BodyPosition value) { this.position = value; return this; }
        Builder hold(int min, int max) { this.hold = new Range(min, max); return this; }
        Builder hold(int seconds) { return hold(seconds, seconds); }
        Builder reps(int min, int max) { this.reps = new Range(min, max); return this; }
        Builder reps(int value) { return reps(value, value); }
        Builder sets(int min, int max) { this.sets = new Range(min, max); return this; }
        Builder eachSide() { this.eachSide = true; return this; }
        Builder duration(int min, int max) { this.duration = new Range(min, max); return this; }
        Builder needs(Equipment first, Equipment... alternatives) {
            Set<Equipment> group = EnumSet.of(first, alternatives);
            equipment.add(group);
            return this;
        }
        Builder areas(Area first, Area... more) { this.areas = EnumSet.of(first, more); return this; }
        Builder slots(Slot first, Slot... more) { this.slots = EnumSet.of(first, more); return this; }
        Builder excludedBy(Caution first, Caution... more) { this.excludedBy = EnumSet.of(first, more); return this; }
        Builder order(int value) { this.sortOrder = value; return this; }

        Movement build() {
            String name = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
            Dosage dosage = new Dosage(hold, reps, sets, eachSide, duration, null, true);
            return new Movement(nextId++, slug, name, "Summary of " + name, block, style, position, "Upper back",
                    dosage, List.of("Do it slowly."), equipment, areas, Set.of(), slots, List.of(), excludedBy,
                    List.of(), List.of(), null, sortOrder, direction, pace, List.of());
        }
    }

    /** A catalog shaped like the real one: every block, desk and floor moves, equipment and cautions. */
    static List<Movement> catalog() {
        return List.of(
                // Warm-up (StretchMed warm-up, What Stretches Upper Back?, Massage Rx dynamic stretches)
                // Paces as the articles set them (not Limber's old 3 s for every rep), so the rules are tested on
                // the pace each movement stores.
                movement("shoulder-rolls").block(Block.WARM_UP).dynamic().reps(10, 15).pace(Tempo.BRISK, 2).order(1)
                        .areas(Area.SHOULDERS, Area.UPPER_BACK).build(),
                movement("neck-circles").block(Block.WARM_UP).dynamic().position(BodyPosition.SEATED).reps(5)
                        .eachSide().order(2).areas(Area.NECK).excludedBy(Caution.NECK)
                        .slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("cat-cow").block(Block.WARM_UP).dynamic().position(BodyPosition.ALL_FOURS).reps(10, 15)
                        .pace(Tempo.BREATH_LED, 6).order(3).areas(Area.UPPER_BACK, Area.MID_BACK).excludedBy(Caution.WRISTS_KNEES).build(),
                movement("arm-circles").block(Block.WARM_UP).dynamic().reps(10, 15).pace(Tempo.BRISK, 2).order(4)
                        .areas(Area.SHOULDERS).build(),
                movement("marching-in-place").block(Block.WARM_UP).dynamic().duration(60, 180).order(5)
                        .slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("trunk-rotation").block(Block.WARM_UP).dynamic().reps(10).eachSide().order(6)
                        .areas(Area.MID_BACK).excludedBy(Caution.LOWER_BACK).build(),
                movement("overhead-arm-reach").block(Block.WARM_UP).dynamic().reps(8, 10).eachSide().order(7)
                        .areas(Area.SIDES, Area.SHOULDERS).build(),
                movement("standing-knee-lifts").block(Block.WARM_UP).dynamic().reps(10).eachSide().order(8)
                        .areas(Area.HIPS).slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("stationary-bike").block(Block.WARM_UP).dynamic().duration(180, 300).order(9)
                        .needs(Equipment.CARDIO_MACHINE).slots(Slot.MORNING).build(),
                // Release (13 Upper Back Stretches, StretchMed foam roller, Massage Rx peanut)
                movement("massage-ball-upper-back-release").block(Block.RELEASE).position(BodyPosition.LYING)
                        .duration(120, 300).needs(Equipment.MASSAGE_BALL).order(1).build(),
                movement("foam-roller-upper-back").block(Block.RELEASE).dynamic().position(BodyPosition.LYING)
                        .duration(60, 120).needs(Equipment.FOAM_ROLLER).order(2).build(),
                movement("peanut-segmental-flexion-extension").block(Block.RELEASE).dynamic()
                        .position(BodyPosition.LYING).reps(3).sets(3, 5).needs(Equipment.PEANUT)
                        .needs(Equipment.TOWEL_OR_PILLOW).order(3).excludedBy(Caution.NECK).build(),
                // Stretches (13 Upper Back Stretches muscle stretches, StretchMed, Finding Relief, What Stretches)
                movement("sitting-forward-flexion").position(BodyPosition.SEATED).hold(30).needs(Equipment.CHAIR)
                        .order(1).excludedBy(Caution.NECK).build(),
                movement("side-upper-back-stretch").position(BodyPosition.SEATED).hold(30).eachSide()
                        .needs(Equipment.CHAIR).order(2).build(),
                movement("cat-stretch").position(BodyPosition.ALL_FOURS).hold(30).order(3)
                        .excludedBy(Caution.WRISTS_KNEES).build(),
                movement("exercise-ball-stretch").position(BodyPosition.KNEELING).hold(30)
                        .needs(Equipment.EXERCISE_BALL).order(4).build(),
                movement("standing-forward-fold").hold(10, 30).order(5).excludedBy(Caution.LOWER_BACK).build(),
                movement("bar-hang").hold(30).needs(Equipment.BAR).order(6).build(),
                movement("seated-upper-back-stretch").position(BodyPosition.SEATED).hold(20, 30)
                        .needs(Equipment.CHAIR).order(7).areas(Area.UPPER_BACK).build(),
                movement("neck-and-trap-stretch").position(BodyPosition.SEATED).hold(15, 20).eachSide().order(8)
                        .areas(Area.NECK, Area.SHOULDERS).excludedBy(Caution.NECK).build(),
                movement("wall-chest-stretch").hold(20, 30).eachSide().needs(Equipment.WALL_OR_DOORWAY).order(9)
                        .areas(Area.CHEST).build(),
                movement("doorway-chest-stretch").hold(30).sets(3, 4).needs(Equipment.WALL_OR_DOORWAY).order(10)
                        .areas(Area.CHEST).slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("thoracic-side-bend").hold(30).eachSide().order(11).areas(Area.SIDES).build(),
                movement("chest-opener-exercise-ball").position(BodyPosition.SEATED).hold(30).sets(2, 3)
                        .needs(Equipment.EXERCISE_BALL).order(12).areas(Area.CHEST).build(),
                movement("childs-pose").position(BodyPosition.KNEELING).hold(30, 60).order(13)
                        .excludedBy(Caution.WRISTS_KNEES).slots(Slot.MIDDAY, Slot.EVENING).build(),
                movement("knees-to-chest").position(BodyPosition.LYING).hold(20, 30).order(14)
                        .areas(Area.LOWER_BACK, Area.MID_BACK).slots(Slot.EVENING).build(),
                movement("thread-the-needle").position(BodyPosition.ALL_FOURS).hold(30).eachSide().sets(1, 2)
                        .order(15).excludedBy(Caution.WRISTS_KNEES).build(),
                // Joint mobility (13 Upper Back Stretches: rotation, translation, extension last)
                movement("seated-spinal-twist").block(Block.MOBILITY).direction(SpineDirection.ROTATION)
                        .position(BodyPosition.SEATED).hold(15, 30).eachSide().needs(Equipment.CHAIR).order(0)
                        .areas(Area.MID_BACK).slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("seated-thoracic-rotation").block(Block.MOBILITY).dynamic().position(BodyPosition.SEATED)
                        .reps(30).eachSide().pace(Tempo.STEADY, 4).needs(Equipment.CHAIR).order(1)
                        .areas(Area.MID_BACK).build(),
                movement("translation").block(Block.MOBILITY).position(BodyPosition.FLOOR_SITTING).hold(30)
                        .eachSide().order(2).excludedBy(Caution.WRISTS_KNEES).build(),
                movement("iron-cross").block(Block.MOBILITY).dynamic().position(BodyPosition.LYING).hold(3, 5)
                        .reps(5).eachSide().needs(Equipment.FOAM_ROLLER).order(3).build(),
                movement("thoracic-extension-chair").extension().block(Block.MOBILITY).dynamic().position(BodyPosition.SEATED)
                        .reps(10).pace(Tempo.STEADY, 4).needs(Equipment.CHAIR).order(4).slots(Slot.MIDDAY).build(),
                movement("thoracic-extension-foam-roller").extension().block(Block.MOBILITY).dynamic()
                        .position(BodyPosition.LYING).reps(30).needs(Equipment.FOAM_ROLLER).order(5)
                        .excludedBy(Caution.LOWER_BACK).build(),
                // Strengthening (13 Upper Back Stretches, Finding Relief)
                movement("shoulder-shrug-retraction").block(Block.STRENGTHENING).hold(10).reps(10).order(1)
                        .slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("band-retraction-overhead").block(Block.STRENGTHENING).hold(5).reps(30)
                        .needs(Equipment.RESISTANCE_BAND).order(2).slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("kneeling-thoracic-extension").extension().block(Block.STRENGTHENING).position(BodyPosition.KNEELING)
                        .hold(5).reps(10).needs(Equipment.STOOL).order(3).excludedBy(Caution.WRISTS_KNEES)
                        .slots(Slot.MORNING, Slot.MIDDAY).build(),
                movement("suspension-rows").block(Block.STRENGTHENING).dynamic().reps(10, 15).sets(2, 3)
                        .needs(Equipment.SUSPENSION_TRAINER).order(4).slots(Slot.MORNING, Slot.MIDDAY).build(),
                // Relaxation (13 Upper Back Stretches' posture reset)
                movement("posture-reset").block(Block.RELAXATION).position(BodyPosition.LYING).duration(900, 900)
                        .needs(Equipment.STOOL, Equipment.CHAIR).order(1).slots(Slot.EVENING).build());
    }
}
