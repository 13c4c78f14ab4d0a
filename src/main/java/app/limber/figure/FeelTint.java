package app.limber.figure;

import app.limber.catalog.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Feel it here": the catalog's target areas of a movement as shapes on the solved body, drawn over it in a warm
 * tint (on paper, a dashed white outline). Placed from the same points as the body, so the tint moves with it.
 * A side view shows the back on the back and the chest on the front; a front view puts back, mid-back and chest
 * areas on the middle of the trunk, the sides on both flanks and both shoulders.
 */
final class FeelTint {

    private FeelTint() {
    }

    /** One shape per area, each rigid with the part it lies on, so an animated figure's tint moves with it. */
    static List<Outline> shapes(Body b, Set<Area> areas) {
        List<Outline> out = new ArrayList<>();
        Vec waist = b.at(Pt.WAIST);
        Vec neck = b.at(Pt.NECK_BASE);
        Vec pelvis = b.at(Pt.PELVIS);
        boolean side = b.view() == View.SIDE;
        // Towards the back (side view) or towards the viewer's right (front view), across the trunk.
        Vec across = side ? unit(b.at(Pt.UPPER_BACK).minus(b.at(Pt.CHEST))) : unit(b.at(Pt.SHOULDER_B).minus(b.at(Pt.SHOULDER_A)));
        for (Area area : Area.values()) {
            if (!areas.contains(area)) {
                continue;
            }
            switch (area) {
                case NECK -> out.add(Outline.capsule(neck, b.at(Pt.NECK_TOP), 3, 3));
                case SHOULDERS -> {
                    out.add(Outline.round(b.at(Pt.SHOULDER_A), 5));
                    if (!side) {
                        out.add(Outline.round(b.at(Pt.SHOULDER_B), 5));
                    }
                }
                case UPPER_BACK -> out.add(band(waist, neck, 0.5, 0.9, side ? across.times(4.5) : Vec.ZERO, 4));
                case MID_BACK -> out.add(band(waist, neck, 0.08, 0.5, side ? across.times(4) : Vec.ZERO, 3.8));
                case CHEST -> out.add(band(waist, neck, 0.55, 0.85, side ? across.times(-4.5) : Vec.ZERO, 4));
                case SIDES -> {
                    if (side) {
                        out.add(band(waist, neck, 0.05, 0.7, Vec.ZERO, 3));
                    } else {
                        out.add(band(waist, neck, 0.05, 0.7, across.times(-6.5), 2.5));
                        out.add(band(waist, neck, 0.05, 0.7, across.times(6.5), 2.5));
                    }
                }
                case LOWER_BACK -> out.add(band(pelvis, waist, 0.2, 1.0,
                        side ? unit(b.at(Pt.BACK_WAIST).minus(waist)).times(4) : Vec.ZERO, 3.8));
                case HIPS -> out.add(Outline.round(pelvis, 6));
            }
        }
        return out;
    }

    /** A rounded band along the trunk from {@code t0} to {@code t1} of the way from {@code a} to {@code b}. */
    private static Outline band(Vec a, Vec b, double t0, double t1, Vec off, double r) {
        return Outline.capsule(a.lerp(b, t0).plus(off), a.lerp(b, t1).plus(off), r, r);
    }

    private static Vec unit(Vec v) {
        double len = v.length();
        return len < 1e-9 ? new Vec(1, 0) : v.times(1 / len);
    }
}
