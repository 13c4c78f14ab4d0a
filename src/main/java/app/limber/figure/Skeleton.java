package app.limber.figure;

import static app.limber.figure.Vec.dir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Forward kinematics: joint angles in, points out. One skeleton, two views.
 *
 * <p>Side view convention: angles are measured from straight up, turning towards the direction the figure faces
 * (+x). A child segment's direction is its parent's plus the joint angle, with the sign chosen so that flexion
 * is positive: the arm hangs at shoulder 0 and points forward at 90, the thigh hangs at hip 0, the shin folds back
 * as the knee flexes, the foot is square to the shin at ankle 0.
 */
public final class Skeleton {

    private Skeleton() {
    }

    /** Solve a pose: level it if asked, then place its lowest point on the floor (plus its lift). */
    public static Body place(Pose pose) {
        Pose resolved = level(pose);
        Body body = solve(resolved);
        return body.moved(new Vec(0, resolved.lift() - body.bottom()));
    }

    /** Turn the whole figure about the pelvis (by changing LEAN) until the two level points are level. */
    static Pose level(Pose pose) {
        if (pose.levelA() == null) {
            return pose;
        }
        Pose p = pose;
        for (int i = 0; i < 3; i++) {
            Body b = solve(p);
            double a = b.at(pose.levelB()).minus(b.at(pose.levelA())).angle();
            double target = a >= 0 ? 90 : -90;
            p = p.with(Joint.LEAN, p.get(Joint.LEAN) + (target - a));
        }
        return p;
    }

    /** Points with the pelvis at the origin: the view's limbs and head hung on the spine. */
    static Body solve(Pose p) {
        Spine spine = Spine.of(p);
        return p.view() == View.SIDE ? spine.side(p) : spine.front(p);
    }

    /**
     * The trunk and neck, the same in both views: the angles of each part and the points between them. Each view
     * ({@link #side}, {@link #front}) hangs its head and limbs on it.
     */
    private record Spine(double lean, double upper, double neckDir, Vec pelvis, Vec waist, Vec neckBase,
                         Vec neckTop) {

        static Spine of(Pose p) {
            double lean = p.get(Joint.LEAN);
            double upper = lean + p.get(Joint.SPINE);
            double neckDir = upper + p.get(Joint.NECK);
            Vec pelvis = Vec.ZERO;
            Vec waist = pelvis.plus(dir(lean).times(Bone.LOWER_TRUNK.length()));
            Vec neckBase = waist.plus(dir(upper).times(Bone.UPPER_TRUNK.length()));
            Vec neckTop = neckBase.plus(dir(neckDir).times(Bone.NECK.length()));
            return new Spine(lean, upper, neckDir, pelvis, waist, neckBase, neckTop);
        }

        /** A body's points as every view starts them: the spine's own, and the head where the view put it. */
        private Map<Pt, Vec> points(Vec head) {
            Map<Pt, Vec> pts = new EnumMap<>(Pt.class);
            pts.put(Pt.PELVIS, pelvis);
            pts.put(Pt.WAIST, waist);
            pts.put(Pt.NECK_BASE, neckBase);
            pts.put(Pt.NECK_TOP, neckTop);
            pts.put(Pt.HEAD, head);
            return pts;
        }

        /** Side view, as the class comment says: the near limbs (side A) and the far ones, drawn behind. */
        Body side(Pose p) {
            List<Body.Segment> segs = new ArrayList<>();
            Vec forward = dir(upper + 90);
            Vec up = dir(upper);
            Vec girdle = neckBase.plus(up.times(p.get(Joint.SHRUG) - 4)).plus(forward.times(p.get(Joint.PROTRACT)));
            double spread = Bone.HALF_SHOULDERS * Math.sin(Math.toRadians(p.get(Joint.TWIST)));
            Vec head = neckTop.plus(dir(neckDir).times(Bone.HEAD_RADIUS - 2)).plus(dir(neckDir + 90).times(1.5));
            Vec noseBase = head.plus(dir(neckDir + 95).times(Bone.HEAD_RADIUS - 2));
            Vec noseTip = noseBase.plus(dir(neckDir + 100).times(Bone.NOSE.length()));
            double halfTrunk = Bone.UPPER_TRUNK.widthAt(View.SIDE, 0.45) / 2;
            Vec mid = waist.lerp(neckBase, 0.45);

            Map<Pt, Vec> pts = points(head);
            pts.put(Pt.CHEST, mid.plus(forward.times(halfTrunk)));
            pts.put(Pt.UPPER_BACK, mid.minus(forward.times(halfTrunk)));
            pts.put(Pt.BACK_WAIST, waist.minus(dir(lean + 90).times(Bone.UPPER_TRUNK.width(View.SIDE) / 2)));
            // The belly: a round inside the lower trunk that swells out past its front with a breath in.
            Vec belly = pelvis.lerp(waist, 0.55).plus(dir(lean + 90).times(p.get(Joint.BELLY) + 1.5));
            pts.put(Pt.BELLY, belly.plus(dir(lean + 90).times(6.5)));

            for (int side = 0; side < 2; side++) {
                boolean a = side == 0;
                Body.Layer layer = a ? Body.Layer.NEAR : Body.Layer.FAR;
                Vec shoulder = girdle.plus(forward.times(a ? -spread : spread));
                double upperArm = upper + 180 - p.get(a ? Joint.SHOULDER_A : Joint.SHOULDER_B);
                double forearm = upperArm - p.get(a ? Joint.ELBOW_A : Joint.ELBOW_B);
                // Swung out of the picture about the upright through the shoulder: only the run forward or back shortens.
                double out = Math.cos(Math.toRadians(p.get(a ? Joint.ARM_OUT_A : Joint.ARM_OUT_B)));
                Vec elbow = shoulder.plus(swung(dir(upperArm).times(Bone.UPPER_ARM.length()), out));
                Vec hand = elbow.plus(swung(dir(forearm).times(Bone.FOREARM.length()), out));
                double thigh = lean + 180 - p.get(a ? Joint.HIP_A : Joint.HIP_B);
                double shin = thigh + p.get(a ? Joint.KNEE_A : Joint.KNEE_B);
                double foot = shin - 90 + p.get(a ? Joint.ANKLE_A : Joint.ANKLE_B);
                Vec knee = pelvis.plus(dir(thigh).times(Bone.THIGH.length()));
                Vec ankle = knee.plus(dir(shin).times(Bone.SHIN.length()));
                Vec toe = ankle.plus(dir(foot).times(Bone.FOOT.length()));
                // Side view: both hips are the pelvis.
                new Limbs(shoulder, elbow, hand, pelvis, knee, ankle, toe).addTo(a, Bone.FOOT, View.SIDE, layer, pts,
                        segs);
            }
            segs.add(seg(Bone.LOWER_TRUNK, pelvis, waist, View.SIDE, Body.Layer.TRUNK));
            segs.add(seg(Bone.BELLY, belly.minus(dir(lean).times(1)), belly.plus(dir(lean).times(1)), View.SIDE,
                    Body.Layer.TRUNK));
            segs.add(seg(Bone.UPPER_TRUNK, waist, neckBase, View.SIDE, Body.Layer.TRUNK));
            segs.add(seg(Bone.NECK, neckBase, neckTop, View.SIDE, Body.Layer.TRUNK));
            segs.add(seg(Bone.NOSE, noseBase, noseTip, View.SIDE, Body.Layer.TRUNK));
            return new Body(p, Collections.unmodifiableMap(pts), List.copyOf(segs), head, noseTip);
        }

        /**
         * Front view: the figure faces the viewer; side A is its right, on the viewer's left (-x). Positive LEAN, SPINE
         * and NECK tilt towards +x. Abduction swings an arm or leg out to its own side; a front-view elbow or knee angle
         * turns the forearm or shin clockwise on side B and anticlockwise on side A (mirror images).
         */
        Body front(Pose p) {
            List<Body.Segment> segs = new ArrayList<>();
            Vec head = neckTop.plus(dir(neckDir).times(Bone.HEAD_RADIUS - 2));
            Vec lateral = dir(upper + 90);
            Vec girdle = neckBase.plus(dir(upper).times(p.get(Joint.SHRUG) - 4));
            double half = Bone.HALF_SHOULDERS * Math.cos(Math.toRadians(p.get(Joint.TWIST)));
            Vec mid = waist.lerp(neckBase, 0.45);
            Map<Pt, Vec> pts = points(head);
            pts.put(Pt.CHEST, mid);
            pts.put(Pt.UPPER_BACK, mid);
            pts.put(Pt.BACK_WAIST, waist);
            pts.put(Pt.BELLY, waist);
            segs.add(seg(Bone.LOWER_TRUNK, pelvis, waist, View.FRONT, Body.Layer.TRUNK));
            segs.add(seg(Bone.UPPER_TRUNK, waist, neckBase, View.FRONT, Body.Layer.TRUNK));
            segs.add(seg(Bone.NECK, neckBase, neckTop, View.FRONT, Body.Layer.TRUNK));
            Vec shoulderA = girdle.minus(lateral.times(half));
            Vec shoulderB = girdle.plus(lateral.times(half));
            segs.add(seg(Bone.GIRDLE, shoulderA, shoulderB, View.FRONT, Body.Layer.TRUNK));
            for (int side = 0; side < 2; side++) {
                boolean a = side == 0;
                double s = a ? -1 : 1;
                Vec shoulder = a ? shoulderA : shoulderB;
                double upperArm = upper + 180 - s * p.get(a ? Joint.SHOULDER_A : Joint.SHOULDER_B);
                double forearm = upperArm + s * p.get(a ? Joint.ELBOW_A : Joint.ELBOW_B);
                Vec elbow = shoulder.plus(dir(upperArm).times(Bone.UPPER_ARM.length()));
                Vec hand = elbow.plus(dir(forearm).times(Bone.FOREARM.length()));
                Vec hip = pelvis.plus(dir(lean + 90).times(s * Bone.HALF_HIPS));
                double thigh = lean + 180 - s * p.get(a ? Joint.HIP_A : Joint.HIP_B);
                double shin = thigh + s * p.get(a ? Joint.KNEE_A : Joint.KNEE_B);
                // A thigh brought forward towards the viewer (sitting) shows only its drop times the cosine.
                double fwd = Math.cos(Math.toRadians(p.get(a ? Joint.HIP_FWD_A : Joint.HIP_FWD_B)));
                Vec thighRun = dir(thigh).times(Bone.THIGH.length());
                Vec knee = hip.plus(new Vec(thighRun.x(), thighRun.y() * fwd));
                Vec ankle = knee.plus(dir(shin).times(Bone.SHIN.length()));
                Vec toe = ankle.plus(dir(shin - s * 90).times(Bone.FOOT_FRONT.length()));
                new Limbs(shoulder, elbow, hand, hip, knee, ankle, toe).addTo(a, Bone.FOOT_FRONT, View.FRONT,
                        Body.Layer.NEAR, pts, segs);
            }
            return new Body(p, Collections.unmodifiableMap(pts), List.copyOf(segs), head, null);
        }
    }

    /** One side's arm and leg, where a view placed their joints. */
    private record Limbs(Vec shoulder, Vec elbow, Vec hand, Vec hip, Vec knee, Vec ankle, Vec toe) {

        /** Files the points under side A's names or side B's, and adds the five segments in drawing order. */
        void addTo(boolean a, Bone foot, View view, Body.Layer layer, Map<Pt, Vec> pts, List<Body.Segment> segs) {
            pts.put(a ? Pt.SHOULDER_A : Pt.SHOULDER_B, shoulder);
            pts.put(a ? Pt.ELBOW_A : Pt.ELBOW_B, elbow);
            pts.put(a ? Pt.HAND_A : Pt.HAND_B, hand);
            pts.put(a ? Pt.HIP_A : Pt.HIP_B, hip);
            pts.put(a ? Pt.KNEE_A : Pt.KNEE_B, knee);
            pts.put(a ? Pt.ANKLE_A : Pt.ANKLE_B, ankle);
            pts.put(a ? Pt.TOE_A : Pt.TOE_B, toe);
            pts.put(a ? Pt.SHIN_A : Pt.SHIN_B, knee.lerp(ankle, 0.5));
            segs.add(seg(Bone.THIGH, hip, knee, view, layer));
            segs.add(seg(Bone.SHIN, knee, ankle, view, layer));
            segs.add(seg(foot, ankle, toe, view, layer));
            segs.add(seg(Bone.UPPER_ARM, shoulder, elbow, view, layer));
            segs.add(seg(Bone.FOREARM, elbow, hand, view, layer));
        }
    }

    /** A limb's vector as the picture shows it when swung out of the picture plane: its run scaled by {@code cos}. */
    static Vec swung(Vec v, double cos) {
        return new Vec(v.x() * cos, v.y());
    }

    /** Far limbs are drawn a little thinner as well as lighter: further away, and told apart from the near ones. */
    private static Body.Segment seg(Bone bone, Vec from, Vec to, View view, Body.Layer layer) {
        double k = layer == Body.Layer.FAR ? 0.85 : 1;
        return new Body.Segment(bone, from, to, k * bone.width(view), k * bone.endWidth(view), layer);
    }
}
