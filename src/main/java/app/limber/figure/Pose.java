package app.limber.figure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One position of the figure: joint angles on the one {@link Skeleton}, nothing else.
 *
 * <p>The figure is placed by the renderer: it stands on the floor (its lowest point touches it, raised by
 * {@code lift} when the body rests on something above the floor such as bike pedals). When {@code levelA} and
 * {@code levelB} are set, the whole figure is first turned about the pelvis until those two points are level:
 * that is how hands and knees both reach the floor on all fours without anyone solving the angles by hand.
 */
public record Pose(View view, Map<Joint, Double> angles, Pt levelA, Pt levelB, double lift) {

    public Pose {
        EnumMap<Joint, Double> copy = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            copy.put(j, angles.getOrDefault(j, 0.0));
        }
        angles = Collections.unmodifiableMap(copy);
    }

    public double get(Joint joint) {
        return angles.get(joint);
    }

    Pose with(Joint joint, double value) {
        EnumMap<Joint, Double> copy = new EnumMap<>(angles);
        copy.put(joint, value);
        return new Pose(view, copy, levelA, levelB, lift);
    }

    /** Joint-space interpolation, so limbs swing through arcs instead of shrinking along straight lines. */
    Pose lerp(Pose to, double t) {
        EnumMap<Joint, Double> mix = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            mix.put(j, get(j) + (to.get(j) - get(j)) * t);
        }
        return new Pose(view, mix, levelA, levelB, lift + (to.lift - lift) * t);
    }

    static Builder side() {
        return new Builder(View.SIDE);
    }

    static Builder front() {
        return new Builder(View.FRONT);
    }

    /** Terse pose writing for the {@link Poses} table. Unset joints are 0 (standing upright, arms hanging). */
    static final class Builder {
        private final View view;
        private final EnumMap<Joint, Double> angles = new EnumMap<>(Joint.class);
        private Pt levelA;
        private Pt levelB;
        private double lift;

        private Builder(View view) {
            this.view = view;
        }

        private Builder(Builder other) {
            this.view = other.view;
            this.angles.putAll(other.angles);
            this.levelA = other.levelA;
            this.levelB = other.levelB;
            this.lift = other.lift;
        }

        Builder copy() {
            return new Builder(this);
        }

        Builder set(Joint joint, double value) {
            angles.put(joint, value);
            return this;
        }

        Builder lean(double v) { return set(Joint.LEAN, v); }
        Builder spine(double v) { return set(Joint.SPINE, v); }
        Builder neck(double v) { return set(Joint.NECK, v); }
        Builder twist(double v) { return set(Joint.TWIST, v); }
        Builder shrug(double v) { return set(Joint.SHRUG, v); }
        Builder protract(double v) { return set(Joint.PROTRACT, v); }
        Builder belly(double v) { return set(Joint.BELLY, v); }

        Builder armA(double shoulder, double elbow) {
            return set(Joint.SHOULDER_A, shoulder).set(Joint.ELBOW_A, elbow);
        }

        Builder armB(double shoulder, double elbow) {
            return set(Joint.SHOULDER_B, shoulder).set(Joint.ELBOW_B, elbow);
        }

        /** Side view: both arm joints, then the arm swung out of the picture by {@code out} ({@link Joint#ARM_OUT_A}). */
        Builder armA(double shoulder, double elbow, double out) {
            return armA(shoulder, elbow).set(Joint.ARM_OUT_A, out);
        }

        Builder armB(double shoulder, double elbow, double out) {
            return armB(shoulder, elbow).set(Joint.ARM_OUT_B, out);
        }

        Builder arms(double shoulder, double elbow) {
            return armA(shoulder, elbow).armB(shoulder, elbow);
        }

        Builder legA(double hip, double knee, double ankle) {
            return set(Joint.HIP_A, hip).set(Joint.KNEE_A, knee).set(Joint.ANKLE_A, ankle);
        }

        Builder legB(double hip, double knee, double ankle) {
            return set(Joint.HIP_B, hip).set(Joint.KNEE_B, knee).set(Joint.ANKLE_B, ankle);
        }

        Builder legs(double hip, double knee, double ankle) {
            return legA(hip, knee, ankle).legB(hip, knee, ankle);
        }

        Builder level(Pt a, Pt b) {
            this.levelA = a;
            this.levelB = b;
            return this;
        }

        Builder lift(double units) {
            this.lift = units;
            return this;
        }

        Pose pose() {
            return new Pose(view, angles, levelA, levelB, lift);
        }
    }
}
