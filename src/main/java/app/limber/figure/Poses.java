package app.limber.figure;

import static app.limber.figure.Pose.front;
import static app.limber.figure.Pose.side;

import app.limber.catalog.Equipment;
import app.limber.figure.Pose.Builder;
import app.limber.figure.Prop.Band;
import app.limber.figure.Prop.Bar;
import app.limber.figure.Prop.BigBall;
import app.limber.figure.Prop.Bike;
import app.limber.figure.Prop.Chair;
import app.limber.figure.Prop.Pillow;
import app.limber.figure.Prop.Post;
import app.limber.figure.Prop.Roller;
import app.limber.figure.Prop.SmallBall;
import app.limber.figure.Prop.Stool;
import app.limber.figure.Prop.Straps;
import app.limber.figure.Prop.Towel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every movement's figure as data: a few joint angles per key pose (see {@link Joint} for the conventions) and the
 * props. Adding a movement means adding one entry here and one alt text in messages/figure.properties.
 */
public final class Poses {

    private static final Map<String, FigureSpec> SPECS = new LinkedHashMap<>();

    // Shared starting points. Every builder is copied before it is changed.
    private static Builder standing() {
        return side().armA(6, 10).armB(10, 14);
    }

    private static Builder seated() {
        return side().legs(90, 90, 0).armA(30, 45).armB(34, 48);
    }

    private static Builder allFours() {
        return side().lean(74).arms(74, 0).legs(74, 96, 75).level(Pt.HAND_A, Pt.KNEE_A);
    }

    /** On the back, knees bent and feet flat: the head to the left. */
    private static Builder hookLying() {
        return lying(-90);
    }

    /**
     * On the back, knees bent and feet flat, the trunk raised {@code lean + 90} degrees off the floor (over a ball
     * or roller). The legs and arms are set from where they must end up, since they hang off the tilted pelvis and
     * shoulders: thighs at 45 degrees to the floor, arms resting back on it.
     */
    private static Builder lying(double lean) {
        double tilt = lean + 90;
        double shoulderHeight = 48 * Math.sin(Math.toRadians(tilt)) + 3;
        double armDown = Math.toDegrees(Math.asin(Math.min(1, shoulderHeight / 56)));
        double shoulder = Math.max(-60, lean + 180 - (90 + armDown));
        return side().lean(lean).legA(45 + tilt, 95, 40).legB(47 + tilt, 97, 42)
                .armA(shoulder + 2, 0).armB(shoulder, 0);
    }

    /** Sitting on a chair, from the front: thighs forward out of the picture, shins down, knees hip-width. */
    private static Builder frontSeated() {
        return front().armA(8, 0).armB(8, 0).legs(6, 0, 0).set(Joint.HIP_FWD_A, 82).set(Joint.HIP_FWD_B, 82);
    }

    private static Builder frontStanding() {
        return front().armA(8, 0).armB(8, 0).legs(5, 0, 0);
    }

    static {
        // Warm-up
        add("marching-in-place", false, List.of(), 0, Pt.PELVIS,
                standing().legA(75, 85, 10).armA(-25, 40).armB(30, 50),
                standing().legB(75, 85, 10).armA(30, 50).armB(-25, 40));
        // The near heel goes forward to the floor, leg straight and foot flexed (toes up), the standing knee bending
        // so the heel reaches it; then back.
        add("heel-digs", false, List.of(), 0, Pt.TOE_B,
                standing().arms(20, 85).legB(0, 0, 0),
                standing().lean(4).arms(20, 85).legA(34, 0, -25).legB(38, 62, -25));
        add("easy-walk", false, List.of(), 0, Pt.PELVIS,
                standing().legA(20, 0, -15).legB(-15, 20, -20).armA(-20, 20).armB(22, 25),
                standing().legB(20, 0, -15).legA(-15, 20, -20).armB(-20, 20).armA(22, 25));
        add("low-resistance-cardio", false, List.of(new Bike()), 0, Pt.PELVIS,
                side().lean(20).spine(5).neck(-15).arms(70, 15).legA(55, 60, 10).legB(100, 115, 0).lift(14),
                side().lean(20).spine(5).neck(-15).arms(70, 15).legB(55, 60, 10).legA(100, 115, 0).lift(14));
        add("shoulder-rolls", true, List.of(), 0, Pt.PELVIS,
                standing().armA(2, 6),
                standing().armA(2, 6).shrug(6).protract(5),
                standing().armA(2, 6).shrug(6).protract(-5),
                standing().armA(2, 6).shrug(0).protract(-5));
        add("arm-circles", true, List.of(), 0, Pt.PELVIS,
                frontStanding().armA(90, 0).armB(90, 0),
                frontStanding().armA(100, 0).armB(100, 0),
                frontStanding().armA(90, 0).armB(90, 0),
                frontStanding().armA(80, 0).armB(80, 0));
        add("neck-circles", false, List.of(), 0, Pt.PELVIS,
                frontStanding().neck(-35),
                frontStanding().neck(35));
        add("standing-knee-lifts", false, List.of(), 0, Pt.TOE_B,
                standing().arms(15, 30),
                standing().arms(15, 30).legA(105, 110, 10));
        add("standing-trunk-rotation", false, List.of(), 0, Pt.PELVIS,
                standing().arms(45, 100).twist(45).legs(2, 4, -2),
                standing().arms(45, 100).twist(-45).legs(2, 4, -2));
        add("overhead-arm-reach", false, List.of(), 0, Pt.PELVIS,
                frontStanding().armA(170, 0).lean(3).spine(20).neck(5),
                frontStanding(),
                frontStanding().armB(170, 0).lean(-3).spine(-20).neck(-5));

        add("single-knee-to-chest", false, List.of(), 0, Pt.PELVIS,
                hookLying(),
                hookLying().legB(125, 130, 20).arms(60, 60),
                hookLying(),
                hookLying().legA(125, 130, 20).arms(60, 60));

        // Release
        add("massage-ball-upper-back-release", false, List.of(new SmallBall(Pt.UPPER_BACK, Equipment.MASSAGE_BALL)),
                0, Pt.PELVIS,
                lying(-77).neck(10),
                lying(-75).neck(12));
        add("foam-roller-upper-back-release", false, List.of(new Roller(Pt.UPPER_BACK, false)), 0, Pt.TOE_A,
                lying(-70).neck(10).arms(150, 140),
                lying(-70).spine(-8).neck(8).arms(150, 140));
        add("peanut-segmental-flexion-extension",
                false, List.of(new SmallBall(Pt.UPPER_BACK, Equipment.PEANUT), new Towel()), 0, Pt.PELVIS,
                lying(-79).spine(-8).neck(0).arms(155, 120),
                lying(-79).spine(25).neck(20).arms(150, 115));

        // Stretches
        // Seen from the side, so the step forward through the frame shows: forearms up on the frame at shoulder height
        // (elbows at 90 degrees, the arms swung out to the sides, ARM_OUT), then a foot steps through and the chest
        // follows it forward while the forearms stay on the frame (anchored at the hand), the arms drawn back.
        add("doorway-chest-stretch", false, List.of(new Post(Pt.HAND_A)), 1, Pt.HAND_A,
                standing().armA(90, 90, 70).armB(90, 90, 70),
                standing().lean(14).spine(6).neck(-6).legA(40, 30, -4).legB(-4, 0, -18)
                        .armA(110, 90, 130).armB(110, 90, 130));
        // One forearm (the right, the near one) on the frame or a wall's end; step forward with the right foot and
        // turn the chest away from the arm.
        add("wall-chest-stretch", false, List.of(new Post(Pt.HAND_A)), 1, Pt.HAND_A,
                standing().armA(90, 90, 70),
                standing().lean(16).spine(2).neck(-4).twist(-30).legA(42, 30, -4).legB(-2, 0, -18)
                        .armA(108, 90, 135).armB(6, 10));
        add("neck-flexion-stretch", false, List.of(new Chair()), 1, Pt.PELVIS,
                seated(),
                seated().neck(45));
        // Seated tall on a chair, seen from the front (the thighs come towards the viewer, feet on the floor).
        add("neck-side-release", false, List.of(new Chair()), 2, Pt.PELVIS,
                frontSeated(),
                frontSeated().neck(-4).armA(150, -120),
                frontSeated().neck(-38).armA(150, -120));
        add("seated-upper-back-stretch", false, List.of(new Chair(14, null)), 1, Pt.PELVIS,
                seated(),
                seated().lean(5).spine(30).neck(25).protract(5).armA(125, 0).armB(122, 0).legs(95, 90, 0));
        add("sitting-forward-flexion", false, List.of(new Chair(14, null)), 1, Pt.PELVIS,
                seated().arms(150, 150),
                seated().lean(20).spine(40).neck(40).arms(150, 150).legs(110, 90, 0));
        add("diagonal-upper-back-stretch", false, List.of(new Chair(14, null)), 1, Pt.PELVIS,
                seated(),
                seated().lean(25).spine(35).neck(30).twist(30).armA(95, 15).armB(150, 150).legs(115, 90, 0));
        add("cat-stretch", false, List.of(), 1, Pt.KNEE_A,
                allFours(),
                allFours().lean(48).spine(42).neck(35).protract(5).arms(90, 0).legs(48, 96, 75));
        add("exercise-ball-hug-stretch", false, List.of(new BigBall(Pt.CHEST, 1, 32)), 1, Pt.KNEE_A,
                side().legs(0, 96, 75).arms(10, 10),
                side().legs(55, 96, 75).lean(50).spine(25).neck(-5).arms(60, 80));
        // Folded forward, knees soft, fingertips hooked under the toes and the chin tucked; then the weight shifts
        // a little back (the hips go back behind the heels) with the fingers still under the toes.
        add("standing-forward-fold", false, List.of(), 1, Pt.TOE_A,
                standing(),
                side().lean(120).spine(35).neck(40).legs(115, 10, -15).arms(121, 0),
                side().lean(110).spine(35).neck(40).legs(120, 15, -5).arms(126, 0));
        add("hanging-bar-stretch", false, List.of(new Bar(Pt.HAND_A)), 1, Pt.HAND_A,
                side().lean(5).legs(120, 130, -20).arms(90, 0),
                side().lean(-10).spine(35).neck(30).legs(115, 125, -20).arms(110, 0));
        add("thoracic-side-bend", false, List.of(), 1, Pt.PELVIS,
                frontStanding().legs(18, 0, 0).armA(170, 0).armB(35, 80),
                frontStanding().legs(18, 0, 0).armA(170, 0).armB(35, 80).lean(4).spine(30).neck(10));
        add("chest-opener-exercise-ball", false, List.of(new BigBall(Pt.PELVIS, 0, 0), new Pillow()), 1, Pt.PELVIS,
                side().legs(70, 70, 0).arms(10, 20),
                side().legs(70, 70, 0).spine(-12).protract(-5).neck(-5).armA(-35, 20).armB(-30, 20));
        add("seated-spinal-twist", false, List.of(new Chair(10, null)), 1, Pt.PELVIS,
                seated().arms(45, 100),
                seated().arms(45, 100).twist(50).neck(5));
        // Kneeling, seat on the heels (shins flat, knees closed to 155), then the trunk folds forward over the
        // thighs (hip 137.5 keeps the thighs where they were), the back rounds, the brow goes to the floor and the
        // arms reach forward along it.
        add("childs-pose", false, List.of(), 2, Pt.KNEE_A,
                side().legs(65, 155, 75).arms(5, 10),
                side().lean(72.5).spine(35).neck(15).legs(137.5, 155, 75).arms(105, 105),
                side().lean(72.5).spine(35).neck(15).legs(137.5, 155, 75).arms(180, 0));

        // Mobility
        add("knees-to-chest", false, List.of(), 1, Pt.PELVIS,
                hookLying(),
                hookLying().legs(125, 130, 20).arms(60, 60));
        // Cow: the belly drops (the lower trunk slopes down from the hips, the upper back up to the shoulders, a sag
        // at the waist) and the gaze lifts. Cat: the back rounds up (a hump at the waist), chin and tail tucked. Limbs
        // upright under hips and shoulders in both.
        add("cat-cow", false, List.of(), 0, Pt.KNEE_A,
                allFours().lean(112).spine(-40).neck(-45).arms(76, 0).legs(112, 106, 75),
                allFours().lean(48).spine(45).neck(45).protract(5).arms(90, 0).legs(48, 100, 75));
        add("thread-the-needle", false, List.of(), 1, Pt.KNEE_A,
                allFours(),
                allFours().lean(88).spine(20).twist(45).armA(80, 0).armB(108, 100).legs(88, 96, 75)
                        .level(Pt.HAND_B, Pt.KNEE_A));
        add("seated-thoracic-rotation", false, List.of(new Chair(10, null)), 1, Pt.PELVIS,
                seated().armB(45, 40),
                seated().twist(50).armA(-40, 90).armB(45, 40));
        add("translation", false, List.of(), 1, Pt.PELVIS,
                front().legA(-85, 25, 0).legB(85, 20, 0).armA(30, 0).armB(20, 30),
                front().legA(-85, 25, 0).legB(85, 20, 0).armA(30, 0).armB(20, 30).lean(-10).spine(-10).neck(10));
        add("iron-cross", false, List.of(new Roller(Pt.PELVIS, true)), 1, Pt.PELVIS,
                side().lean(-90).arms(5, 0),
                side().lean(-90).arms(5, 0).legA(75, 120, 30));
        add("thoracic-extension-foam-roller", false, List.of(new Roller(Pt.UPPER_BACK, false)), 1, Pt.PELVIS,
                lying(-58).spine(-10).neck(10).arms(150, 140),
                lying(-58).spine(-28).neck(5).arms(150, 140));
        add("thoracic-extension-static", false, List.of(new Roller(Pt.UPPER_BACK, false)), 1, Pt.PELVIS,
                lying(-58).neck(10).arms(150, 140),
                lying(-58).spine(-20).neck(8).arms(150, 140));
        add("thoracic-extension-chair", false, List.of(new Chair(9, Pt.WAIST)), 1, Pt.PELVIS,
                seated().arms(150, 150),
                seated().spine(-25).neck(-10).arms(150, 150));

        // Strengthening
        add("suspension-trainer-row", false, List.of(new Straps(Pt.HAND_A, 40)), 0, Pt.TOE_A,
                side().lean(-25).legs(0, 0, 0).arms(95, 0),
                side().lean(-15).legs(0, 0, 0).arms(25, 115).protract(-5));
        add("shoulder-roll-squeeze", false, List.of(), 1, Pt.PELVIS,
                standing(),
                standing().shrug(6).protract(-5));
        add("band-retraction-overhead", false, List.of(new Band(Pt.HAND_A, Pt.HAND_B)), 1, Pt.PELVIS,
                frontStanding().armA(165, 0).armB(165, 0),
                frontStanding().armA(140, 0).armB(140, 0));
        add("prone-thoracic-extension-stool", false, List.of(new Stool(Pt.CHEST, 0)), 0, Pt.KNEE_A,
                side().lean(85).neck(20).arms(150, 150).legs(85, 96, 75),
                side().lean(85).spine(-20).neck(0).arms(150, 150).legs(85, 96, 75));

        // Relaxation
        add("posture-reset", false, List.of(new Stool(Pt.SHIN_A, 4.5)), 1, Pt.PELVIS,
                side().lean(-90).legs(90, 90, 0).arms(0, 0),
                side().lean(-90).legs(90, 90, 0).arms(130, 0),
                side().lean(-90).legs(90, 90, 0).arms(180, 0));
        add("belly-breathing", false, List.of(), 1, Pt.PELVIS,
                side().legs(92, 12, 0).armA(-30, 105).armB(40, 20),
                side().legs(92, 12, 0).armA(-30, 105).armB(40, 20).shrug(2).spine(-3).belly(4));

        // Holds whose arrow follows the stretch rather than getting into position (the last two keys).
        // (Raised clear of the arm lying along the floor, and of the hand resting on the head.)
        stretch("childs-pose", Pt.HAND_A, 20);
        stretch("neck-side-release", Pt.HEAD, 14);
        // The forward fold's stretch is the lean back against the hold under the toes: the hips go back.
        stretch("standing-forward-fold", Pt.PELVIS, 18);
        // Posture reset: the arms come down to rest along the floor beyond the head (not a swing over the body).
        stretch("posture-reset", Pt.HAND_A, 0);
        // Cat-cow is the back going down and up: the arrow rises from the top of the hump (where the sag becomes the
        // hump), not round the head; played both ways, it has a head at each end.
        SPECS.put("cat-cow", SPECS.get("cat-cow").withStretch(Pt.BACK_WAIST, 0, true));
        // The chest goes forward through the frame: the arrow leads on from it, in front of the body.
        SPECS.put("doorway-chest-stretch", SPECS.get("doorway-chest-stretch").withStretch(Pt.CHEST, 0, true));
        SPECS.put("wall-chest-stretch", SPECS.get("wall-chest-stretch").withStretch(Pt.CHEST, 0, true));

        closeUp("shoulder-rolls", Pt.NECK_BASE, Pt.SHOULDER_A);
        closeUp("massage-ball-upper-back-release", Pt.UPPER_BACK, Pt.UPPER_BACK);
        // Wide enough to hold the roller and the base of the neck, whose path the arrow follows, inside the circle.
        SPECS.put("foam-roller-upper-back-release",
                SPECS.get("foam-roller-upper-back-release").withCloseUp(Pt.UPPER_BACK, Pt.NECK_BASE, 1.4));
        closeUp("shoulder-roll-squeeze", Pt.NECK_BASE, Pt.SHOULDER_A);
        // The head and where it rolls to, whole, at a lower magnification; the arrow goes over the top of the head.
        SPECS.put("neck-circles", SPECS.get("neck-circles").withCloseUp(Pt.HEAD, Pt.HEAD, 1.35));
        closeUp("belly-breathing", Pt.BELLY, Pt.BELLY);
    }

    /** A hold's arrow shows {@code held} easing into the hold over the last two keys, not the set-up. */
    private static void stretch(String slug, Pt held, double raise) {
        SPECS.put(slug, SPECS.get(slug).withStretch(held, raise, false));
    }

    /** Small movements get an enlarged inset around {@code pt}, where the change would otherwise be too small to see. */
    private static void closeUp(String slug, Pt centre, Pt mover) {
        SPECS.put(slug, SPECS.get(slug).withCloseUp(centre, mover, SvgRenderer.INSET_ZOOM));
    }

    private static void add(String slug, boolean cycle, List<Prop> props, int fitKey, Pt anchor, Builder... keys) {
        List<Pose> poses = new ArrayList<>();
        for (Builder b : keys) {
            poses.add(b.pose());
        }
        SPECS.put(slug, new FigureSpec(slug, poses, cycle, props, fitKey, anchor));
    }

    private Poses() {
    }

    public static Optional<FigureSpec> find(String slug) {
        return Optional.ofNullable(SPECS.get(slug));
    }

    /** Every figure, in table order. */
    public static Map<String, FigureSpec> all() {
        return Collections.unmodifiableMap(SPECS);
    }
}
