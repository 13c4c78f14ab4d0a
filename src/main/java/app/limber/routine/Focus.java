package app.limber.routine;

import app.limber.catalog.Area;
import app.limber.catalog.Block;
import app.limber.catalog.Movement;
import app.limber.catalog.Muscle;
import java.util.EnumSet;
import java.util.Set;

/** An optional emphasis for the routine. Labels live in messages (key: focus.CONSTANT). */
public enum Focus {
    /** Posture and rounded shoulders: open the chest, work between the shoulder blades (13 upper back stretches). */
    POSTURE(EnumSet.of(Area.CHEST), EnumSet.of(Muscle.PECTORALS, Muscle.RHOMBOIDS),
            Block.STRENGTHENING),
    /** Stiffness: get the mid and upper back turning and bending (StretchMed, Massage Rx). */
    STIFFNESS(EnumSet.of(Area.MID_BACK, Area.SIDES), EnumSet.of(Muscle.ERECTOR_SPINAE),
            Block.MOBILITY),
    /** Neck and shoulder tension: the neck, the traps and the shoulders (StretchMed, What Stretches Upper Back?). */
    NECK_SHOULDERS(EnumSet.of(Area.NECK, Area.SHOULDERS), EnumSet.of(Muscle.TRAPEZIUS, Muscle.NECK_MUSCLES),
            Block.STRETCH);

    private final Set<Area> areas;
    private final Set<Muscle> muscles;
    private final Block emphasis;

    Focus(Set<Area> areas, Set<Muscle> muscles, Block emphasis) {
        this.areas = areas;
        this.muscles = muscles;
        this.emphasis = emphasis;
    }

    /** True when the movement targets an area or muscle this focus is about. */
    public boolean matches(Movement movement) {
        return movement.areas().stream().anyMatch(areas::contains)
                || movement.muscles().stream().anyMatch(muscles::contains);
    }

    /** The block that gets a larger share of the time under this focus. */
    public boolean emphasises(Block block) {
        return block == emphasis;
    }
}
