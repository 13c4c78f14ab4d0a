package app.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The renderer's promises, checked over every pose of every figure, animation frames included. */
class FigureInvariantsTest {

    static Stream<FigureSpec> specs() {
        return Poses.all().values().stream();
    }

    /** Every body drawn: each key pose as placed, and every frame of every mode. */
    private static List<Body> everyBody(FigureSpec spec) {
        List<Body> bodies = new ArrayList<>();
        spec.keys().forEach(k -> bodies.add(Skeleton.place(k)));
        for (SvgRenderer.Mode mode : SvgRenderer.Mode.values()) {
            bodies.addAll(SvgRenderer.layout(spec, mode).frames());
        }
        return bodies;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void limb_lengths_never_change(FigureSpec spec) {
        for (Body body : everyBody(spec)) {
            // An arm swung out of the picture (ARM_OUT) is drawn foreshortened: the same body with the arms in the
            // picture plane has every length, and the drawn arm is exactly that arm with its run scaled.
            // So is a thigh brought forward towards the viewer in a front view (HIP_FWD, sitting): only its drop.
            Pose flat = body.pose().with(Joint.ARM_OUT_A, 0).with(Joint.ARM_OUT_B, 0)
                    .with(Joint.HIP_FWD_A, 0).with(Joint.HIP_FWD_B, 0);
            Body unswung = Skeleton.solve(flat);
            for (int i = 0; i < body.segments().size(); i++) {
                Body.Segment s = body.segments().get(i);
                Body.Segment u = unswung.segments().get(i);
                if (!s.bone().fixedLength()) {
                    continue;
                }
                assertThat(u.length()).as("%s %s", spec.slug(), s.bone())
                        .isCloseTo(s.bone().length(), org.assertj.core.data.Offset.offset(1e-6));
                Joint out = s.layer() == Body.Layer.FAR ? Joint.ARM_OUT_B : Joint.ARM_OUT_A;
                double cos = s.bone() == Bone.UPPER_ARM || s.bone() == Bone.FOREARM
                        ? Math.cos(Math.toRadians(body.pose().get(out))) : 1;
                double drop = 1;
                if (s.bone() == Bone.THIGH && body.view() == View.FRONT) {
                    Joint fwd = s.from().equals(body.at(Pt.HIP_A)) ? Joint.HIP_FWD_A : Joint.HIP_FWD_B;
                    drop = Math.cos(Math.toRadians(body.pose().get(fwd)));
                }
                Vec drawn = s.to().minus(s.from());
                Vec plane = u.to().minus(u.from());
                assertThat(drawn.x()).as("%s %s run", spec.slug(), s.bone())
                        .isCloseTo(plane.x() * cos, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(drawn.y()).as("%s %s rise", spec.slug(), s.bone())
                        .isCloseTo(plane.y() * drop, org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void joints_stay_within_human_ranges(FigureSpec spec) {
        for (Body body : everyBody(spec)) {
            Pose pose = body.pose();
            for (Joint joint : Joint.values()) {
                assertThat(joint.allows(pose.view(), pose.get(joint)))
                        .as("%s %s = %.1f, allowed %.0f..%.0f", spec.slug(), joint, pose.get(joint),
                                joint.min(pose.view()), joint.max(pose.view()))
                        .isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void standing_front_figures_keep_their_legs_under_them(FigureSpec spec) {
        if (spec.view() != View.FRONT) {
            return;
        }
        for (Body body : everyBody(spec)) {
            if (body.at(Pt.PELVIS).y() > 60) {
                assertThat(Math.abs(body.pose().get(Joint.HIP_A))).as(spec.slug()).isLessThanOrEqualTo(45);
                assertThat(Math.abs(body.pose().get(Joint.HIP_B))).as(spec.slug()).isLessThanOrEqualTo(45);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void nothing_goes_through_the_floor_and_the_figure_rests_on_it(FigureSpec spec) {
        for (Body body : everyBody(spec)) {
            assertThat(body.bottom()).as("%s lowest point", spec.slug())
                    .isCloseTo(body.pose().lift(), org.assertj.core.data.Offset.offset(1e-6));
            Pose p = body.pose();
            if (p.levelA() != null) {
                // Leveled contacts (hands and knees on all fours) both touch the floor, within a limb's width.
                assertThat(body.at(p.levelA()).y()).as("%s %s", spec.slug(), p.levelA()).isLessThan(9);
                assertThat(body.at(p.levelB()).y()).as("%s %s", spec.slug(), p.levelB()).isLessThan(9);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void figure_and_props_stay_inside_the_frame(FigureSpec spec) {
        for (SvgRenderer.Mode mode : SvgRenderer.Mode.values()) {
            double[] b = SvgRenderer.layout(spec, mode).bounds();
            assertThat(b[0]).as("%s %s left", spec.slug(), mode).isGreaterThanOrEqualTo(1);
            assertThat(b[2]).as("%s %s right", spec.slug(), mode).isLessThanOrEqualTo(SvgRenderer.WIDTH - 1);
            assertThat(b[1]).as("%s %s below the floor", spec.slug(), mode).isGreaterThanOrEqualTo(-0.5);
            assertThat(b[3]).as("%s %s top", spec.slug(), mode).isLessThanOrEqualTo(Mark.FLOOR_Y - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void props_are_the_size_of_real_equipment(FigureSpec spec) {
        SvgRenderer.Layout layout = SvgRenderer.layout(spec, SvgRenderer.Mode.HELD);
        for (Prop prop : spec.props()) {
            assertThat(prop.problems(layout.fit())).as(spec.slug()).isEmpty();
        }
    }

    @Test
    void the_skeleton_is_one_adult_about_175_tall() {
        Body standing = Skeleton.place(Pose.side().pose());
        assertThat(standing.bounds()[3]).isBetween(170.0, 180.0);
        assertThat(standing.at(Pt.TOE_A).x()).as("feet point the way the figure faces")
                .isGreaterThan(standing.at(Pt.ANKLE_A).x());
    }

    @Test
    void a_bent_knee_folds_the_shin_backwards_never_forwards() {
        Body seated = Skeleton.place(Pose.side().legs(90, 90, 0).pose());
        assertThat(seated.at(Pt.KNEE_A).x()).isGreaterThan(seated.at(Pt.PELVIS).x());
        assertThat(seated.at(Pt.ANKLE_A).y()).isLessThan(seated.at(Pt.KNEE_A).y());
        Body lifted = Skeleton.place(Pose.side().legA(90, 60, 0).pose());
        assertThat(lifted.at(Pt.ANKLE_A).x()).as("shin angled back under the knee")
                .isGreaterThan(lifted.at(Pt.PELVIS).x()).isLessThan(lifted.at(Pt.KNEE_A).x() + 43);
    }

    @Test
    void leveling_puts_hands_and_knees_on_the_floor_together() {
        Body table = Skeleton.place(Pose.side().lean(85).arms(85, 0).legs(85, 90, 70)
                .level(Pt.HAND_A, Pt.KNEE_A).pose());
        assertThat(table.at(Pt.HAND_A).y()).isCloseTo(table.at(Pt.KNEE_A).y(),
                org.assertj.core.data.Offset.offset(0.01));
    }
}
