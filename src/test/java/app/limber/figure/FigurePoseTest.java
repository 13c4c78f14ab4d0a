package app.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each figure against the words of its movement's steps (catalog-en movement_step), one or more per body position
 * and per prop: what a physiotherapist would check on the drawing. Units are the skeleton's (about cm).
 */
class FigurePoseTest {

    /** The held (or end) position, placed and centred as drawn. */
    private static Body held(String slug) {
        SvgRenderer.Layout layout = SvgRenderer.layout(Poses.find(slug).orElseThrow(), SvgRenderer.Mode.HELD);
        return layout.frames().get(1);
    }

    private static SvgRenderer.Layout layout(String slug) {
        return SvgRenderer.layout(Poses.find(slug).orElseThrow(), SvgRenderer.Mode.HELD);
    }

    /** Angle at {@code b} between the segments to {@code a} and {@code c}, in degrees. */
    private static double angle(Vec a, Vec b, Vec c) {
        Vec u = a.minus(b);
        Vec v = c.minus(b);
        return Math.toDegrees(Math.acos((u.x() * v.x() + u.y() * v.y()) / (u.length() * v.length())));
    }

    /** Where the steps put the roller ("across your upper back, just under the shoulder blades"), the figure does:
     *  the 30 arches were once drawn over a roller at the waist, which read as a crunch. */
    @ParameterizedTest
    @ValueSource(strings = {"thoracic-extension-foam-roller",
            "thoracic-extension-static", "foam-roller-upper-back-release"})
    void a_roller_under_the_upper_back_is_drawn_there(String slug) {
        assertThat(Poses.find(slug).orElseThrow().props()).contains(new Prop.Roller(Pt.UPPER_BACK, false));
    }

    @Nested
    class Kneeling {

        @Test
        void childs_pose_sits_the_hips_over_the_heels() {
            Body b = held("childs-pose");
            // Lower your seat onto your heels: shins flat on the floor, thighs folded onto the calves.
            assertThat(b.at(Pt.KNEE_A).y()).as("shins flat on the floor").isCloseTo(b.at(Pt.ANKLE_A).y(), offset(2.0))
                    .isLessThan(8);
            assertThat(angle(b.at(Pt.PELVIS), b.at(Pt.KNEE_A), b.at(Pt.ANKLE_A))).as("knee folded nearly shut")
                    .isLessThan(30);
            assertThat(Math.abs(b.at(Pt.PELVIS).x() - b.at(Pt.ANKLE_A).x())).as("hips over heels").isLessThan(16);
            assertThat(b.at(Pt.PELVIS).y()).as("seat low, near the heels").isLessThan(25);
            // Fold forward over your thighs: the chest ahead of the hips and below them, over the knees.
            assertThat(b.at(Pt.NECK_BASE).x()).as("shoulders forward of the knees").isGreaterThan(b.at(Pt.KNEE_A).x());
            assertThat(b.at(Pt.NECK_BASE).y()).as("trunk folded down").isLessThan(b.at(Pt.PELVIS).y());
        }

        @Test
        void childs_pose_puts_the_forehead_down_and_the_arms_forward() {
            Body b = held("childs-pose");
            // Lower your brow until it touches the floor, ahead of the knees.
            assertThat(b.head().y() - Bone.HEAD_RADIUS).as("forehead on the floor").isLessThan(3);
            assertThat(b.head().x()).as("head ahead of the knees").isGreaterThan(b.at(Pt.KNEE_A).x());
            // Reach your arms forward along the floor.
            assertThat(b.at(Pt.HAND_A).x()).as("hands ahead of the head").isGreaterThan(b.head().x() + 20);
            assertThat(b.at(Pt.HAND_A).y()).as("hands on the floor, level with the knees")
                    .isCloseTo(b.at(Pt.KNEE_A).y(), offset(1.0)).isLessThan(9);
            assertThat(b.pose().get(Joint.ELBOW_A)).as("arms straight").isZero();
        }

        @Test
        void cat_stretch_keeps_hands_and_knees_on_the_floor_and_rounds_the_back() {
            Body b = held("cat-stretch");
            assertThat(b.at(Pt.HAND_A).y()).isLessThan(6);
            assertThat(b.at(Pt.KNEE_A).y()).isLessThan(6);
            assertThat(b.pose().get(Joint.SPINE)).as("upper back rounded up").isGreaterThan(30);
            assertThat(b.pose().get(Joint.NECK)).as("chin tucked").isGreaterThan(20);
            assertThat(b.pose().get(Joint.ELBOW_A)).as("arms straight").isZero();
        }
        /** How far the waist lies above (+) or below (-) the straight line from the pelvis to the base of the neck. */
        private static double backCurve(Body b) {
            Vec p = b.at(Pt.PELVIS);
            Vec n = b.at(Pt.NECK_BASE);
            Vec w = b.at(Pt.WAIST);
            double t = (w.x() - p.x()) / (n.x() - p.x());
            return w.y() - (p.y() + t * (n.y() - p.y()));
        }

        @Test
        void cat_cow_goes_between_a_sagging_back_looking_up_and_a_rounded_back_chin_tucked() {
            SvgRenderer.Layout layout = SvgRenderer.layout(Poses.find("cat-cow").orElseThrow(),
                    SvgRenderer.Mode.ANIMATED);
            // The animation starts at one end and reaches the other (it plays alternately, so it comes back).
            Body cow = layout.frames().get(0);
            Body cat = layout.frames().get(layout.frames().size() - 1);
            for (Body b : List.of(cow, cat)) {
                // Kneel on all fours, wrists below the shoulders and knees below the hips.
                assertThat(b.at(Pt.HAND_A).y()).as("hands on the floor").isLessThan(6);
                assertThat(b.at(Pt.KNEE_A).y()).as("knees on the floor").isLessThan(6);
                assertThat(b.at(Pt.HAND_A).x()).as("hands under the shoulders")
                        .isCloseTo(b.at(Pt.SHOULDER_A).x(), offset(20.0));
            }
            // Let your belly drop toward the floor and lift your gaze so your back arches (cow).
            assertThat(backCurve(cow)).as("cow: the back sags at the waist").isLessThan(-5);
            assertThat(cow.head().y()).as("cow: the head up, above the shoulders")
                    .isGreaterThan(cow.at(Pt.NECK_BASE).y() + 10);
            // Round your spine up toward the ceiling, curling chin and tailbone under (cat).
            assertThat(backCurve(cat)).as("cat: the back rounds up at the waist").isGreaterThan(8);
            assertThat(cat.head().y()).as("cat: the head tucked, below the shoulders")
                    .isLessThan(cat.at(Pt.NECK_BASE).y() - 5);
            assertThat(cat.at(Pt.WAIST).y() - cow.at(Pt.WAIST).y()).as("the waist goes up a long way").isGreaterThan(15);
            // The arrow shows the back going up and down, over the waist, not round the head.
            List<Vec> arrow = SvgRenderer.arrowPath(layout);
            Vec way = arrow.get(arrow.size() - 1).minus(arrow.get(0));
            assertThat(way.y()).as("arrow up and down").isGreaterThan(15).isGreaterThan(2 * Math.abs(way.x()));
            assertThat(arrow.get(0).y()).as("arrow above the rounded back").isGreaterThan(cat.at(Pt.BACK_WAIST).y());
            assertThat(arrow.get(0).x()).as("arrow over the waist, behind the head")
                    .isCloseTo(cat.at(Pt.WAIST).x(), offset(15.0)).isLessThan(cat.head().x() - 15);
        }
    }

    @Nested
    class Standing {

        /** The frame's post: its near face (where the forearm rests) and its far face. */
        private static double[] post(SvgRenderer.Layout layout) {
            Mark post = layout.staticMarks().stream().filter(m -> m.maxY() - m.minY() > 150).findFirst().orElseThrow();
            return new double[] {post.minX(), post.maxX()};
        }

        /** Forearm up on the frame at shoulder height, the elbow at a right angle, against the post's near face. */
        private static void forearmOnTheFrame(SvgRenderer.Layout layout, Body b, Pt shoulder, Pt elbow, Pt hand) {
            assertThat(b.at(elbow).y()).as("elbow level with the shoulder").isCloseTo(b.at(shoulder).y(), offset(2.0));
            assertThat(angle(b.at(shoulder), b.at(elbow), b.at(hand))).as("elbow at a right angle")
                    .isCloseTo(90, offset(5.0));
            assertThat(b.at(hand).y()).as("hand above the elbow").isGreaterThan(b.at(elbow).y() + 20);
            assertThat(b.at(hand).x()).as("forearm upright").isCloseTo(b.at(elbow).x(), offset(2.0));
            double forearmFront = b.at(elbow).x() + Bone.FOREARM.width(View.SIDE) / 2;
            assertThat(post(layout)[0] - forearmFront).as("forearm against the frame").isBetween(-1.0, 1.0);
            assertThat(b.at(elbow).x()).as("arm drawn back behind the shoulder").isLessThan(b.at(shoulder).x() - 10);
        }

        /** Step forward through the frame: one foot ahead of it, the chest through it, further than at the start. */
        private static void stepsThrough(SvgRenderer.Layout layout, Pt front, Pt back) {
            Body start = layout.frames().get(0);
            Body b = layout.frames().get(1);
            double[] post = post(layout);
            assertThat(b.at(front).x()).as("a foot stepped through").isGreaterThan(post[1] + 10);
            assertThat(b.at(back).x()).as("the other foot behind the frame").isLessThan(post[0]);
            assertThat(b.at(Pt.CHEST).x()).as("chest through the frame").isGreaterThan(post[1]);
            assertThat(start.at(Pt.CHEST).x()).as("chest at the frame before").isLessThan(post[1]);
            assertThat(b.at(Pt.CHEST).x() - start.at(Pt.CHEST).x()).as("chest forward").isGreaterThan(12);
            assertThat(b.at(Pt.HAND_A).x()).as("the hand stays on the frame").isCloseTo(start.at(Pt.HAND_A).x(),
                    offset(0.5));
            // The arrow: the chest going forward, not the arm rising onto the frame.
            List<Vec> arrow = SvgRenderer.arrowPath(layout);
            Vec way = arrow.get(arrow.size() - 1).minus(arrow.get(0));
            assertThat(way.x()).as("arrow forward").isGreaterThan(15).isGreaterThan(2 * Math.abs(way.y()));
            assertThat(arrow.get(0).x()).as("arrow ahead of the chest").isGreaterThan(b.at(Pt.CHEST).x());
        }

        @Test
        void heel_digs_put_the_heel_forward_on_the_floor_foot_flexed() {
            SvgRenderer.Layout layout = layout("heel-digs");
            Body start = layout.frames().get(0);
            Body b = layout.frames().get(1);
            // Step one heel forward onto the floor, the leg straight, the toes pointing up.
            assertThat(b.at(Pt.ANKLE_A).y()).as("heel on the floor").isLessThan(6);
            assertThat(b.at(Pt.ANKLE_A).x()).as("heel in front of the standing foot")
                    .isGreaterThan(b.at(Pt.TOE_B).x() + 15);
            assertThat(b.pose().get(Joint.KNEE_A)).as("leg straight").isZero();
            assertThat(b.at(Pt.TOE_A).y()).as("foot flexed, toes up").isGreaterThan(b.at(Pt.ANKLE_A).y() + 8);
            assertThat(b.at(Pt.TOE_B).y()).as("the standing foot stays on the floor").isLessThan(6);
            assertThat(start.at(Pt.ANKLE_A).x()).as("from standing, feet together")
                    .isCloseTo(start.at(Pt.ANKLE_B).x(), offset(1.0));
            // The arrow: the heel going forward along the floor.
            List<Vec> arrow = SvgRenderer.arrowPath(layout);
            Vec way = arrow.get(arrow.size() - 1).minus(arrow.get(0));
            assertThat(way.x()).as("arrow forward").isGreaterThan(20);
            assertThat(arrow.stream().mapToDouble(Vec::y).max().orElseThrow()).as("arrow low, by the foot")
                    .isLessThan(30);
        }

        @Test
        void forward_fold_hooks_the_fingers_under_the_toes_tucks_the_chin_and_leans_back() {
            SvgRenderer.Layout layout = layout("standing-forward-fold");
            Body b = layout.frames().get(1);
            Body folded = layout.place(Poses.find("standing-forward-fold").orElseThrow().keys().get(1));
            for (Body f : List.of(folded, b)) {
                // Bend forward and hook your fingertips under your toes.
                assertThat(f.at(Pt.HAND_A).distance(f.at(Pt.TOE_A))).as("fingertips at the toes").isLessThan(7);
                assertThat(f.head().y()).as("folded: head below the hips").isLessThan(f.at(Pt.PELVIS).y() - 30);
                assertThat(f.pose().get(Joint.NECK)).as("chin tucked").isGreaterThan(30);
                assertThat(f.pose().get(Joint.ELBOW_A)).as("arms long").isLessThan(10);
            }
            // Shift your weight a little backward, fingers still under the toes: the hips go back.
            assertThat(b.at(Pt.PELVIS).x()).as("hips back").isLessThan(folded.at(Pt.PELVIS).x() - 10);
            assertThat(b.at(Pt.PELVIS).x()).as("hips behind the heels").isLessThan(b.at(Pt.ANKLE_A).x());
            List<Vec> arrow = SvgRenderer.arrowPath(layout);
            Vec way = arrow.get(arrow.size() - 1).minus(arrow.get(0));
            assertThat(way.x()).as("arrow back, away from the toes").isLessThan(-10);
            assertThat(arrow.get(0).y()).as("arrow at the hips").isCloseTo(b.at(Pt.PELVIS).y(), offset(25.0));
        }

        @Test
        void doorway_stretch_puts_the_forearms_on_the_frame_at_shoulder_height_elbows_at_90_degrees() {
            // Place both hands on the doorframe at shoulder height (seen from the side: both forearms up on it).
            SvgRenderer.Layout layout = layout("doorway-chest-stretch");
            Body b = layout.frames().get(1);
            assertThat(b.view()).isEqualTo(View.SIDE);
            forearmOnTheFrame(layout, b, Pt.SHOULDER_A, Pt.ELBOW_A, Pt.HAND_A);
            forearmOnTheFrame(layout, b, Pt.SHOULDER_B, Pt.ELBOW_B, Pt.HAND_B);
        }

        @Test
        void doorway_stretch_tips_the_body_forward_through_the_doorway() {
            // Let your body tip forward through the doorway.
            SvgRenderer.Layout layout = layout("doorway-chest-stretch");
            stepsThrough(layout, Pt.TOE_A, Pt.ANKLE_B);
            assertThat(layout.frames().get(1).pose().get(Joint.LEAN)).as("leaning forward").isGreaterThan(5);
        }

        @Test
        void wall_stretch_rests_the_forearm_on_the_wall_at_shoulder_height() {
            // Bend your right elbow to 90 degrees and rest that forearm against the wall or frame at shoulder height.
            SvgRenderer.Layout layout = layout("wall-chest-stretch");
            Body b = layout.frames().get(1);
            forearmOnTheFrame(layout, b, Pt.SHOULDER_A, Pt.ELBOW_A, Pt.HAND_A);
            assertThat(b.at(Pt.HAND_B).y()).as("the other arm down").isLessThan(b.at(Pt.SHOULDER_B).y() - 30);
        }

        @Test
        void wall_stretch_steps_forward_with_the_right_foot_and_turns_away() {
            // Step gently forward with your right foot; rotate your upper body away to the left.
            SvgRenderer.Layout layout = layout("wall-chest-stretch");
            stepsThrough(layout, Pt.TOE_A, Pt.ANKLE_B);
            assertThat(layout.frames().get(1).pose().get(Joint.TWIST)).as("chest turned away from side A (the right)")
                    .isLessThan(-15);
        }

        @Test
        void band_overhead_is_held_in_both_hands_above_the_head() {
            Body b = held("band-retraction-overhead");
            assertThat(b.at(Pt.HAND_A).y()).isGreaterThan(b.head().y() + Bone.HEAD_RADIUS);
            assertThat(b.at(Pt.HAND_B).y()).isGreaterThan(b.head().y() + Bone.HEAD_RADIUS);
        }
    }

    @Nested
    class Seated {

        @Test
        void neck_flexion_sits_on_the_chair_seat_chin_to_chest() {
            SvgRenderer.Layout layout = layout("neck-flexion-stretch");
            Body b = layout.frames().get(1);
            Mark seat = layout.staticMarks().stream().filter(m -> m.hard() != null).findFirst().orElseThrow();
            double bottom = b.at(Pt.PELVIS).y() - Bone.LOWER_TRUNK.width(View.SIDE) / 2;
            assertThat(bottom).as("seat under the pelvis").isCloseTo(seat.maxY(), offset(0.5));
            assertThat(b.pose().get(Joint.NECK)).as("chin lowered to the chest").isGreaterThan(30);
            assertThat(b.at(Pt.ANKLE_A).y() - Bone.FOOT.width(View.SIDE) / 2).as("feet on the floor").isLessThan(1);
        }

        @Test
        void neck_side_release_sits_tall_on_the_chair_and_tips_the_ear_to_the_shoulder() {
            SvgRenderer.Layout layout = layout("neck-side-release");
            Body start = layout.frames().get(0);
            Body b = layout.frames().get(1);
            // Sit up tall (the movement's position is seated): on the seat, feet on the floor, trunk upright.
            Mark seat = layout.staticMarks().stream().filter(m -> m.maxY() - m.minY() < 5 && m.maxX() - m.minX() > 40)
                    .findFirst().orElseThrow();
            double bottom = b.at(Pt.PELVIS).y() - Bone.LOWER_TRUNK.width(View.FRONT) / 2;
            assertThat(bottom).as("seat under the pelvis").isCloseTo(seat.maxY(), offset(0.5));
            assertThat(b.at(Pt.PELVIS).y()).as("at chair height, not standing").isBetween(40.0, 65.0);
            assertThat(b.at(Pt.ANKLE_A).y()).as("feet on the floor").isLessThan(8);
            assertThat(b.at(Pt.NECK_BASE).x()).as("trunk upright").isCloseTo(b.at(Pt.PELVIS).x(), offset(3.0));
            // Let your head tilt to the right, ear towards that shoulder (the figure's right is the viewer's left).
            assertThat(b.head().x()).as("head tipped towards the right shoulder")
                    .isLessThan(start.head().x() - 8);
        }

        @Test
        void belly_breathing_sits_on_the_floor_a_hand_on_the_belly_that_rises() {
            SvgRenderer.Layout layout = layout("belly-breathing");
            Body start = layout.frames().get(0);
            Body end = layout.frames().get(1);
            assertThat(end.at(Pt.PELVIS).y()).as("sitting on the floor").isLessThan(12);
            assertThat(start.at(Pt.HAND_A).distance(start.at(Pt.BELLY))).as("hand on the belly").isLessThan(8);
            assertThat(end.at(Pt.BELLY).distance(start.at(Pt.BELLY))).as("the belly rises").isGreaterThan(3);
        }

        @Test
        void exercise_ball_chest_opener_sits_on_the_ball() {
            SvgRenderer.Layout layout = layout("chest-opener-exercise-ball");
            Body b = layout.frames().get(1);
            Mark ball = layout.staticMarks().stream().filter(m -> m.hard() == Mark.Shape.CIRCLE).findFirst()
                    .orElseThrow();
            double bottom = b.at(Pt.PELVIS).y() - Bone.LOWER_TRUNK.width(View.SIDE) / 2;
            assertThat(bottom).as("pelvis on top of the ball").isCloseTo(ball.maxY(), offset(1.0));
            assertThat(ball.minY()).as("ball on the floor").isCloseTo(0, offset(0.5));
        }
    }

    @Nested
    class Lying {

        @Test
        void foam_roller_sits_between_the_upper_back_and_the_floor() {
            SvgRenderer.Layout layout = layout("foam-roller-upper-back-release");
            Mark roller = layout.staticMarks().get(0);
            Body fit = layout.fit();
            assertThat(roller.minY()).as("on the floor").isCloseTo(0, offset(0.5));
            assertThat(roller.maxY()).as("under the upper back").isCloseTo(fit.at(Pt.UPPER_BACK).y(), offset(0.5));
            assertThat((roller.minX() + roller.maxX()) / 2).isCloseTo(fit.at(Pt.UPPER_BACK).x(), offset(0.5));
        }

        @Test
        void posture_reset_rests_the_shins_on_the_stool_hips_and_knees_at_right_angles() {
            SvgRenderer.Layout layout = layout("posture-reset");
            Body b = layout.frames().get(1);
            assertThat(angle(b.at(Pt.WAIST), b.at(Pt.PELVIS), b.at(Pt.KNEE_A))).isCloseTo(90, offset(5.0));
            assertThat(angle(b.at(Pt.PELVIS), b.at(Pt.KNEE_A), b.at(Pt.ANKLE_A))).isCloseTo(90, offset(5.0));
            Mark top = layout.staticMarks().stream().filter(m -> m.hard() != null).findFirst().orElseThrow();
            assertThat(b.at(Pt.SHIN_A).y() - 4.5).as("shins on the stool top").isCloseTo(top.maxY(), offset(1.0));
        }

        @Test
        void posture_reset_arrow_brings_the_arms_to_rest_on_the_floor_beyond_the_head() {
            SvgRenderer.Layout layout = layout("posture-reset");
            Body b = layout.frames().get(1);
            // Reach both arms back along the floor beyond your head.
            assertThat(b.at(Pt.HAND_A).x()).as("hands beyond the head").isLessThan(b.head().x() - 20);
            assertThat(b.at(Pt.HAND_A).y()).as("arms on the floor, as low as the back").isLessThan(10)
                    .isLessThanOrEqualTo(b.at(Pt.NECK_BASE).y() + 0.5);
            List<Vec> arrow = SvgRenderer.arrowPath(layout);
            Vec end = arrow.get(arrow.size() - 1);
            assertThat(end.distance(b.at(Pt.HAND_A))).as("the arrow ends at the resting hands").isLessThan(15);
            assertThat(arrow).as("nowhere near the stool or the legs")
                    .allSatisfy(v -> assertThat(v.x()).isLessThan(b.at(Pt.PELVIS).x() - 20));
        }

        @Test
        void iron_cross_shows_the_roller_beside_the_body_and_the_knee_lifted() {
            SvgRenderer.Layout layout = layout("iron-cross");
            Body b = layout.frames().get(1);
            Mark roller = layout.staticMarks().get(0);
            assertThat(roller.maxY()).as("the roller shows above the lying trunk")
                    .isGreaterThan(b.at(Pt.CHEST).y() + Bone.UPPER_TRUNK.width(View.SIDE) / 2);
            assertThat(b.at(Pt.KNEE_A).y()).as("knee lifted").isGreaterThan(30);
        }
    }

    @Nested
    class Hanging {

        @Test
        void bar_stretch_holds_the_bar_with_straight_arms() {
            SvgRenderer.Layout layout = layout("hanging-bar-stretch");
            Body b = layout.frames().get(1);
            Mark bar = layout.staticMarks().stream().filter(m -> m.front()).findFirst().orElseThrow();
            Vec centre = new Vec((bar.minX() + bar.maxX()) / 2, (bar.minY() + bar.maxY()) / 2);
            assertThat(centre.distance(b.at(Pt.HAND_A))).as("hands on the bar").isLessThan(1);
            assertThat(b.pose().get(Joint.ELBOW_A)).as("straight arms").isZero();
        }

        @Test
        void exercise_ball_hug_rests_the_chest_on_the_ball() {
            SvgRenderer.Layout layout = layout("exercise-ball-hug-stretch");
            Mark ball = layout.staticMarks().stream().filter(m -> m.hard() == Mark.Shape.CIRCLE).findFirst()
                    .orElseThrow();
            Vec c = new Vec((ball.minX() + ball.maxX()) / 2, (ball.minY() + ball.maxY()) / 2);
            double r = (ball.maxX() - ball.minX()) / 2;
            assertThat(layout.fit().at(Pt.CHEST).distance(c) - r).as("chest touching the ball").isBetween(-1.0, 2.0);
        }
    }

    // ---- Every figure, as rendered: nothing through the props, arrows and insets inside the frame ----

    static Stream<FigureSpec> specs() {
        return Poses.all().values().stream();
    }

    /** How deep a body shape may press into a prop it rests on (a drawn contact, rounded to whole units). */
    static final double CONTACT = 2.5;

    /** The deepest any body shape goes into a prop that must stay whole. */
    static double deepest(Body body, Mark prop) {
        double worst = -Double.MAX_VALUE;
        List<double[]> discs = new ArrayList<>();
        for (Body.Segment s : body.segments()) {
            for (int i = 0; i <= 20; i++) {
                double t = i / 20.0;
                Vec p = s.from().lerp(s.to(), t);
                discs.add(new double[] {p.x(), p.y(), (s.width() + (s.endWidth() - s.width()) * t) / 2,
                        s.bone().ordinal() + 100 * s.layer().ordinal()});
            }
        }
        discs.add(new double[] {body.head().x(), body.head().y(), Bone.HEAD_RADIUS});
        for (double[] d : discs) {
            double depth;
            if (prop.hard() == Mark.Shape.CIRCLE) {
                double r = (prop.maxX() - prop.minX()) / 2;
                Vec c = new Vec(prop.minX() + r, prop.minY() + r);
                depth = r + d[2] - c.distance(new Vec(d[0], d[1]));
            } else {
                double dx = Math.max(prop.minX() - d[0], d[0] - prop.maxX());
                double dy = Math.max(prop.minY() - d[1], d[1] - prop.maxY());
                double outside = dx > 0 && dy > 0 ? Math.hypot(dx, dy) : Math.max(dx, dy);
                depth = d[2] - outside;
            }
            worst = Math.max(worst, depth);
        }
        return worst;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void no_body_goes_through_a_ball_roller_seat_or_wall(FigureSpec spec) {
        // Every key pose as drawn. (Animation in-betweens swing in joint space and may sweep a hand through a wall
        // the real arm goes round; the poses a user stops on may not.)
        SvgRenderer.Layout layout = SvgRenderer.layout(spec, SvgRenderer.Mode.HELD);
        for (Mark prop : layout.staticMarks()) {
            if (prop.hard() == null) {
                continue;
            }
            for (Pose key : spec.keys()) {
                Body frame = layout.place(key);
                if (spec.slug().equals("exercise-ball-hug-stretch")) {
                    // Hugging: the arms wrap round the ball, the near one in front of it, the far one behind.
                    frame = new Body(frame.pose(), frame.points(), frame.segments().stream()
                            .filter(s -> s.bone() != Bone.UPPER_ARM && s.bone() != Bone.FOREARM).toList(),
                            frame.head(), frame.noseTip());
                }
                assertThat(deepest(frame, prop)).as("%s: body into %s", spec.slug(), prop.d())
                        .isLessThanOrEqualTo(CONTACT);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void motion_arrows_and_close_ups_stay_inside_the_frame(FigureSpec spec) {
        for (SvgRenderer.Mode mode : SvgRenderer.Mode.values()) {
            SvgRenderer.Layout layout = SvgRenderer.layout(spec, mode);
            for (Vec v : SvgRenderer.arrowPath(layout)) {
                assertThat(v.x()).as("%s arrow", spec.slug()).isBetween(1.0, SvgRenderer.WIDTH - 1.0);
                assertThat(v.y()).as("%s arrow", spec.slug()).isBetween(1.0, Mark.FLOOR_Y - 1);
            }
            Vec inset = SvgRenderer.insetCentre(layout);
            if (inset != null) {
                assertThat(inset.x() - SvgRenderer.INSET_R).isGreaterThanOrEqualTo(1);
                assertThat(inset.x() + SvgRenderer.INSET_R).isLessThanOrEqualTo(SvgRenderer.WIDTH - 1);
                assertThat(inset.y() - SvgRenderer.INSET_R).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void the_other_sides_thumbnail_overlaps_nothing_in_the_end_panel(FigureSpec spec) {
        // Every figure as if done on each side: the mirrored thumbnail (and the swap arrow under it) must not lie
        // over the body, a prop or the arrow of the end panel it sits in.
        SvgRenderer.Layout layout = SvgRenderer.layout(spec, SvgRenderer.Mode.PRINT);
        double[] at = SvgRenderer.otherSideBox(layout);
        double bottom = Mark.FLOOR_Y - (at[1] + at[2] + SvgRenderer.SWAP);
        Mark thumbnail = Mark.rect(at[0], bottom, at[2], at[2] + SvgRenderer.SWAP, Mark.Kind.SOLID, false).solid();
        Body end = layout.frames().get(1);
        assertThat(deepest(end, thumbnail)).as("%s: thumbnail over the body", spec.slug()).isLessThan(0);
        List<Mark> props = new ArrayList<>(layout.staticMarks());
        props.addAll(layout.followingMarks(end));
        for (Mark prop : props) {
            boolean apart = prop.maxX() <= thumbnail.minX() || prop.minX() >= thumbnail.maxX()
                    || prop.maxY() <= thumbnail.minY() || prop.minY() >= thumbnail.maxY();
            assertThat(apart).as("%s: thumbnail over %s", spec.slug(), prop.d()).isTrue();
        }
        for (Vec v : SvgRenderer.arrowPath(layout)) {
            double dx = Math.max(0, Math.max(thumbnail.minX() - v.x(), v.x() - thumbnail.maxX()));
            double dy = Math.max(0, Math.max(thumbnail.minY() - v.y(), v.y() - thumbnail.maxY()));
            assertThat(Math.hypot(dx, dy)).as("%s: thumbnail over the arrow", spec.slug()).isGreaterThan(2);
        }
        // Above the floor, and inside the print pair's view.
        assertThat(thumbnail.minY()).as("%s: above the floor", spec.slug()).isGreaterThan(0);
        String svg = SvgRenderer.render(spec, SvgRenderer.Mode.PRINT, java.util.Set.of(), true);
        String[] box = svg.substring(svg.indexOf("viewBox=\"") + 9, svg.indexOf('"', svg.indexOf("viewBox=\"") + 9))
                .split(" ");
        assertThat(Double.parseDouble(box[1])).as("%s: thumbnail inside the view", spec.slug())
                .isLessThanOrEqualTo(at[1]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void a_neck_close_up_shows_the_whole_head_at_both_ends_and_the_change_plainly(FigureSpec spec) {
        if (spec.closeUp() == null || spec.closeMover() != Pt.HEAD) {
            return;
        }
        SvgRenderer.Layout layout = SvgRenderer.layout(spec, SvgRenderer.Mode.HELD);
        Body start = layout.frames().get(0);
        Body end = layout.frames().get(1);
        Vec looked = start.at(spec.closeUp()).lerp(end.at(spec.closeUp()), 0.5);
        double zoom = spec.closeZoom();
        // The whole head at the start and at the end, inside the round inset.
        double size = Bone.HEAD_RADIUS;
        List<Vec> shown = new ArrayList<>();
        for (Body b : List.of(start, end)) {
            Vec p = b.at(spec.closeMover()).minus(looked).times(zoom);
            shown.add(p);
            assertThat(p.length() + size * zoom).as("%s: head inside the close-up", spec.slug())
                    .isLessThanOrEqualTo(SvgRenderer.INSET_R - 2);
        }
        assertThat(shown.get(0).distance(shown.get(1))).as("%s: the change, enlarged", spec.slug())
                .isGreaterThan(10);
    }

    @Test
    void a_holds_arrow_shows_the_stretch_not_the_set_up() {
        // Child's pose: the arms reach forward along the floor (not the trunk folding down from kneeling up).
        List<Vec> child = SvgRenderer.arrowPath(layout("childs-pose"));
        Vec from = child.get(0);
        Vec to = child.get(child.size() - 1);
        assertThat(to.x() - from.x()).as("child's pose arrow points forward").isGreaterThan(10);
        assertThat(Math.abs(to.y() - from.y())).as("level, along the floor").isLessThan((to.x() - from.x()) / 4);
        assertThat(Math.max(from.y(), to.y())).as("just above the outstretched arm, not where the trunk came down from")
                .isLessThan(30);
        // Neck side release: the head tilts towards the shoulder (not the hand swinging up onto it).
        List<Vec> neck = SvgRenderer.arrowPath(layout("neck-side-release"));
        Body held = held("neck-side-release");
        assertThat(neck.get(neck.size() - 1).x()).as("towards the side the head tilts to")
                .isLessThan(neck.get(0).x());
        assertThat(neck.stream().mapToDouble(Vec::y).min().orElseThrow()).as("by the head, not the hanging hand")
                .isGreaterThan(held.at(Pt.NECK_BASE).y());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closeUps")
    void a_close_ups_arrow_stays_inside_its_circle(FigureSpec spec) {
        // The inset looks between where its part starts and ends (start and end as the print pair draws them).
        SvgRenderer.Layout layout = SvgRenderer.layout(spec, SvgRenderer.Mode.PRINT);
        Vec centre = layout.frames().get(0).at(spec.closeUp()).lerp(layout.frames().get(1).at(spec.closeUp()), 0.5);
        double head = 4 + 1.6; // the arrowhead's reach at stroke width 1
        for (Vec v : SvgRenderer.closeUpPath(layout)) {
            assertThat(v.distance(centre) * spec.closeZoom() + head).as("%s arrow inside the inset", spec.slug())
                    .isLessThan(SvgRenderer.INSET_R - 2);
        }
    }

    static Stream<FigureSpec> closeUps() {
        return Poses.all().values().stream().filter(s -> s.closeUp() != null);
    }

    @Test
    void belly_breathings_close_up_shows_the_belly_and_the_hand_not_the_thigh() {
        SvgRenderer.Layout layout = layout("belly-breathing");
        Body b = layout.frames().get(0);
        Vec belly = b.at(Pt.BELLY);
        double seen = SvgRenderer.INSET_R / Poses.find("belly-breathing").orElseThrow().closeZoom();
        Body.Segment thigh = b.segments().stream().filter(s -> s.bone() == Bone.THIGH && s.layer() == Body.Layer.NEAR)
                .findFirst().orElseThrow();
        // Distance from the belly to the thigh's near edge: the thigh at most along the bottom third of the inset.
        Vec along = thigh.to().minus(thigh.from());
        Vec rel = belly.minus(thigh.from());
        double t = Math.max(0, Math.min(1,
                (rel.x() * along.x() + rel.y() * along.y()) / (along.x() * along.x() + along.y() * along.y())));
        double gap = belly.distance(thigh.from().plus(along.times(t))) - thigh.width() / 2;
        assertThat(gap).as("the near thigh keeps out of the middle of the close-up").isGreaterThan(seen / 3);
        assertThat(b.at(Pt.HAND_A).distance(belly)).as("the hand on the belly, in the close-up").isLessThan(seen / 2);
    }

    @Test
    void every_dynamic_or_held_movement_but_the_small_ones_gets_an_arrow_and_the_small_ones_a_close_up() {
        for (FigureSpec spec : Poses.all().values()) {
            SvgRenderer.Layout layout = SvgRenderer.layout(spec, SvgRenderer.Mode.HELD);
            boolean arrow = !SvgRenderer.arrowPath(layout).isEmpty();
            boolean closeUp = spec.closeUp() != null;
            assertThat(arrow || closeUp).as("%s shows which way to move", spec.slug()).isTrue();
        }
    }
}
