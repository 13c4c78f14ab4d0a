package app.limber.figure;

import app.limber.catalog.Equipment;
import java.util.ArrayList;
import java.util.List;

/**
 * Equipment drawn with a figure. A prop is placed from the body, never by coordinates: a chair's seat is under the
 * pelvis, a roller fills the gap between the back and the floor, a wall touches the forearm. So a prop always fits
 * its pose, and a test can check the sizes that result are those of real equipment.
 *
 * <p>{@code fit} is the body the prop is fitted to (one key pose of the figure); {@code now} is the frame being
 * drawn, which only props that follow the hands (bands, straps, towel) use.
 */
sealed interface Prop {

    Equipment equipment();

    List<Mark> marks(Body fit, Body now);

    /** Size checks for the invariants test: empty when the prop is a plausible size where it was fitted. */
    default List<String> problems(Body fit) {
        return List.of();
    }

    /** How far the drawn seat of the body reaches below the pelvis point: a chair, ball or saddle meets it there. */
    private static double seatDepth(Body b) {
        return Bone.LOWER_TRUNK.width(b.view()) / 2;
    }

    /** A chair seen from the side, facing the way the figure faces; the seat is under the pelvis. */
    record Chair(double backGap, Pt backTop) implements Prop {
        Chair() {
            this(12, null);
        }

        public Equipment equipment() {
            return Equipment.CHAIR;
        }

        public List<Mark> marks(Body fit, Body now) {
            Vec pelvis = fit.at(Pt.PELVIS);
            double seat = pelvis.y() - seatDepth(fit);
            if (fit.view() == View.FRONT) {
                // From the front: the seat under the hips, a leg at each end, the backrest's posts behind the body.
                double half = 22;
                List<Mark> marks = new ArrayList<>();
                for (int s = -1; s <= 1; s += 2) {
                    marks.add(Mark.line(Mark.Kind.LINE, false, new Vec(pelvis.x() + s * (half - 2), 0),
                            new Vec(pelvis.x() + s * (half - 2), seat + 42)));
                }
                marks.add(Mark.rect(pelvis.x() - half, seat + 30, 2 * half, 8, Mark.Kind.SOLID, false));
                // Not solid here: the shins hang down in front of the seat's edge in this view.
                marks.add(Mark.rect(pelvis.x() - half - 2, seat - 4, 2 * half + 4, 4, Mark.Kind.SOLID, false));
                return marks;
            }
            double back = pelvis.x() - backGap;
            double front = pelvis.x() + 24;
            double top = backTop == null ? seat + 42 : fit.at(backTop).y();
            List<Mark> marks = new ArrayList<>();
            marks.add(Mark.line(Mark.Kind.LINE, false, new Vec(back + 2, 0), new Vec(back + 2, top)));
            marks.add(Mark.line(Mark.Kind.LINE, false, new Vec(front - 2, 0), new Vec(front - 2, seat)));
            // A backrest panel near the top, so the post reads as a chair back, not a pole.
            marks.add(Mark.rect(back, top - 12, 5, 10, Mark.Kind.SOLID, false));
            marks.add(Mark.rect(back, seat - 4, front - back, 4, Mark.Kind.SOLID, false).solid());
            return marks;
        }

        public List<String> problems(Body fit) {
            double seat = fit.at(Pt.PELVIS).y() - seatDepth(fit);
            return seat < 35 || seat > 55 ? List.of("chair seat " + Math.round(seat) + " high") : List.of();
        }
    }

    /**
     * A door frame's post (or a wall's end) seen from the side, for a figure stepping through beside it: it stands
     * just ahead of the upright forearm pressed against its near face, so the chest and the stepped foot go past
     * it. A body may cross it in the picture (it passes through the opening beside it), so it is not solid.
     */
    record Post(Pt touch) implements Prop {
        static final double DEPTH = 12;
        static final double HEIGHT = 212;

        public Equipment equipment() {
            return Equipment.WALL_OR_DOORWAY;
        }

        /** The face the forearm rests on. */
        static double face(Body fit, Pt touch) {
            return fit.at(touch).x() + Bone.FOREARM.width(View.SIDE) / 2;
        }

        public List<Mark> marks(Body fit, Body now) {
            double x = face(fit, touch);
            // The frame's stop bead, a line down its middle, says door frame rather than pole.
            return List.of(Mark.rect(x, 0, DEPTH, HEIGHT, Mark.Kind.SOLID, false),
                    Mark.line(Mark.Kind.DETAIL, false, new Vec(x + DEPTH / 2, 0), new Vec(x + DEPTH / 2, HEIGHT)));
        }
    }

    /**
     * A foam roller. Across the spine it is seen end on: a circle filling the gap under {@code on} (a point on the
     * body's surface), with its hollow core. Along the body (iron cross: beside the figure, on its far side) it is
     * seen side on, a long cylinder with its end showing; drawn a little raised, as seen from slightly above, or the
     * body lying in front of it would hide it.
     */
    record Roller(Pt on, boolean along) implements Prop {
        public Equipment equipment() {
            return Equipment.FOAM_ROLLER;
        }

        /** How far the side-on roller is drawn above the floor (its far-side place, seen from a little above). */
        static final double ALONG_LIFT = 11;

        double radius(Body fit) {
            return along ? 7.5 : fit.at(on).y() / 2;
        }

        public List<Mark> marks(Body fit, Body now) {
            double r = radius(fit);
            Vec at = fit.at(on);
            if (along) {
                double lift = ALONG_LIFT;
                return List.of(Mark.pill(at.x() - 45, lift, 90, 2 * r, Mark.Kind.SOLID, false),
                        Mark.ellipse(new Vec(at.x() + 45 - r, lift + r), r * 0.45, r - 1, Mark.Kind.DETAIL, false));
            }
            Vec c = new Vec(at.x(), r);
            return List.of(Mark.circle(c, r, Mark.Kind.SOLID, false).solid(),
                    Mark.circle(c, r * 0.4, Mark.Kind.DETAIL, false));
        }

        public List<String> problems(Body fit) {
            double r = radius(fit);
            return r < 5.5 || r > 9 ? List.of("roller radius " + Math.round(r)) : List.of();
        }
    }

    /** A massage ball or a peanut (two balls taped together: the far one shows just behind) under {@code on}. */
    record SmallBall(Pt on, Equipment equipment) implements Prop {
        double radius(Body fit) {
            return fit.at(on).y() / 2;
        }

        public List<Mark> marks(Body fit, Body now) {
            double r = radius(fit);
            Vec c = new Vec(fit.at(on).x(), r);
            if (equipment == Equipment.PEANUT) {
                // Two balls joined: the far one shows behind, with a groove between them where the spine lies.
                Vec far = c.plus(new Vec(-r * 0.9, r * 0.25));
                return List.of(Mark.circle(far, r, Mark.Kind.SOLID, false),
                        Mark.circle(c, r, Mark.Kind.SOLID, false).solid());
            }
            // A massage ball: solid, with a seam so it is not read as a hole or a wheel.
            return List.of(Mark.circle(c, r, Mark.Kind.SOLID, false).solid(),
                    Mark.curve(Mark.Kind.DETAIL, false, c.plus(new Vec(-r * 0.7, r * 0.7)), c.plus(new Vec(r * 0.2, 0)),
                            c.plus(new Vec(-r * 0.7, -r * 0.7))));
        }

        public List<String> problems(Body fit) {
            double r = radius(fit);
            return r < 3 || r > 5.5 ? List.of("small ball radius " + Math.round(r)) : List.of();
        }
    }

    /**
     * An exercise ball resting on the floor. {@code side} 0: under {@code touch} (sat on); +1 or -1: beside it,
     * touching it from that side (hugged, or behind the back).
     */
    record BigBall(Pt touch, int side, double r) implements Prop {
        public Equipment equipment() {
            return Equipment.EXERCISE_BALL;
        }

        Vec centre(Body fit) {
            Vec p = fit.at(touch);
            if (side == 0) {
                double radius = (p.y() - seatDepth(fit)) / 2;
                return new Vec(p.x(), radius);
            }
            double reach = r + 1;
            double dy = p.y() - r;
            double dx = Math.sqrt(Math.max(0, reach * reach - dy * dy));
            return new Vec(p.x() + side * dx, r);
        }

        double radius(Body fit) {
            return side == 0 ? centre(fit).y() : r;
        }

        public List<Mark> marks(Body fit, Body now) {
            Vec c = centre(fit);
            double r = radius(fit);
            // Two seams curving round it: a ball, not a wheel or a hoop.
            return List.of(Mark.circle(c, r, Mark.Kind.SOLID, false).solid(),
                    Mark.curve(Mark.Kind.DETAIL, false, c.plus(new Vec(-r * 0.5, r * 0.86)), c.plus(new Vec(r * 0.3, 0)),
                            c.plus(new Vec(-r * 0.5, -r * 0.86))),
                    Mark.curve(Mark.Kind.DETAIL, false, c.plus(new Vec(r * 0.35, r * 0.93)), c.plus(new Vec(r * 0.95, 0)),
                            c.plus(new Vec(r * 0.35, -r * 0.93))));
        }

        public List<String> problems(Body fit) {
            double radius = radius(fit);
            List<String> problems = new ArrayList<>();
            if (radius < 25 || radius > 36) {
                problems.add("exercise ball radius " + Math.round(radius));
            }
            if (side != 0 && Math.abs(fit.at(touch).y() - r) > r + 1) {
                problems.add("exercise ball does not reach " + touch);
            }
            return problems;
        }
    }

    /** A resistance band held between the hands: it follows them. */
    record Band(Pt a, Pt b) implements Prop {
        public Equipment equipment() {
            return Equipment.RESISTANCE_BAND;
        }

        public List<Mark> marks(Body fit, Body now) {
            return List.of(Mark.line(Mark.Kind.BAND, true, now.at(a), now.at(b)));
        }
    }

    /**
     * Suspension straps from an anchor high in front of the figure to the hands. The anchor is fixed where the line
     * of the arm in the fitted pose meets the top of the frame.
     */
    record Straps(Pt hand, double angle) implements Prop {
        public Equipment equipment() {
            return Equipment.SUSPENSION_TRAINER;
        }

        Vec anchor(Body fit) {
            Vec h = fit.at(hand);
            Vec d = Vec.dir(angle);
            return h.plus(d.times((214 - h.y()) / d.y()));
        }

        public List<Mark> marks(Body fit, Body now) {
            Vec anchor = anchor(fit);
            Vec h = now.at(hand);
            Vec along = h.minus(anchor);
            Vec grip = h.plus(along.times(3 / along.length()));
            return List.of(Mark.line(Mark.Kind.BAND, true, anchor, h),
                    Mark.slab(h.minus(along.times(4 / along.length())), grip, 4, Mark.Kind.SOLID, true),
                    Mark.rect(anchor.x() - 4, anchor.y(), 8, 4, Mark.Kind.SOLID, true));
        }
    }

    /** A horizontal bar seen end-on in the hands, on a post. */
    record Bar(Pt hand) implements Prop {
        public Equipment equipment() {
            return Equipment.BAR;
        }

        public List<Mark> marks(Body fit, Body now) {
            Vec h = fit.at(hand);
            return List.of(Mark.line(Mark.Kind.LINE, false, new Vec(h.x() + 4, 0), new Vec(h.x() + 4, h.y())),
                    Mark.rect(h.x() - 6, 0, 20, 3, Mark.Kind.SOLID, false),
                    Mark.circle(h, 4, Mark.Kind.SOLID, true));
        }
    }

    /** A stool whose top meets the body at {@code on} ({@code inset}: half the width of the limb there). */
    record Stool(Pt on, double inset) implements Prop {
        public Equipment equipment() {
            return Equipment.STOOL;
        }

        double height(Body fit) {
            return fit.at(on).y() - inset;
        }

        public List<Mark> marks(Body fit, Body now) {
            double h = height(fit);
            double x = fit.at(on).x();
            return List.of(Mark.line(Mark.Kind.LINE, false, new Vec(x - 12, 0), new Vec(x - 10, h - 4)),
                    Mark.line(Mark.Kind.LINE, false, new Vec(x + 12, 0), new Vec(x + 10, h - 4)),
                    Mark.line(Mark.Kind.DETAIL, false, new Vec(x - 11, h * 0.35), new Vec(x + 11, h * 0.35)),
                    Mark.rect(x - 15, h - 5, 30, 5, Mark.Kind.SOLID, false).solid());
        }

        public List<String> problems(Body fit) {
            double h = height(fit);
            return h < 25 || h > 55 ? List.of("stool " + Math.round(h) + " high") : List.of();
        }
    }

    /** A towel behind the head, an end in each hand: it follows hands and head. */
    record Towel() implements Prop {
        public Equipment equipment() {
            return Equipment.TOWEL_OR_PILLOW;
        }

        public List<Mark> marks(Body fit, Body now) {
            Vec head = now.head();
            Vec face = now.noseTip().minus(head);
            Vec back = head.minus(face.times((Bone.HEAD_RADIUS + 4) / face.length()));
            Vec pull = back.times(2).minus(now.at(Pt.HAND_A).lerp(now.at(Pt.HAND_B), 0.5));
            return List.of(Mark.curve(Mark.Kind.CLOTH, true, now.at(Pt.HAND_A), pull, now.at(Pt.HAND_B)));
        }
    }

    /** A cushion held against the upper back. */
    record Pillow() implements Prop {
        public Equipment equipment() {
            return Equipment.TOWEL_OR_PILLOW;
        }

        public List<Mark> marks(Body fit, Body now) {
            Vec back = fit.at(Pt.UPPER_BACK);
            Vec out = back.minus(fit.at(Pt.CHEST));
            Vec unit = out.times(1 / out.length());
            Vec c = back.plus(unit.times(5));
            Vec along = new Vec(-unit.y(), unit.x()).times(9);
            // A cushion: a soft slab along the back, thicker in the middle.
            return List.of(Mark.slab(c.minus(along), c.plus(along), 8, Mark.Kind.SOLID, false));
        }
    }

    /** An exercise bike: seat under the pelvis, handlebar at the hands, pedals round the middle of the feet. */
    record Bike() implements Prop {
        public Equipment equipment() {
            return Equipment.CARDIO_MACHINE;
        }

        public List<Mark> marks(Body fit, Body now) {
            Vec pelvis = fit.at(Pt.PELVIS);
            double seat = pelvis.y() - seatDepth(fit);
            Vec crank = fit.at(Pt.ANKLE_A).lerp(fit.at(Pt.ANKLE_B), 0.5);
            double r = fit.at(Pt.ANKLE_A).distance(fit.at(Pt.ANKLE_B)) / 2;
            Vec bar = fit.at(Pt.HAND_A);
            return List.of(
                    Mark.line(Mark.Kind.LINE, false, new Vec(crank.x() - 30, 1), new Vec(bar.x() + 18, 1)),
                    Mark.line(Mark.Kind.LINE, false, new Vec(pelvis.x() - 2, seat - 3), crank,
                            new Vec(bar.x() + 10, 1)),
                    Mark.line(Mark.Kind.LINE, false, crank, new Vec(bar.x() + 4, bar.y() - 2)),
                    Mark.rect(pelvis.x() - 12, seat - 4, 20, 4, Mark.Kind.SOLID, false),
                    Mark.circle(crank, r, Mark.Kind.LINE, false));
        }
    }
}
