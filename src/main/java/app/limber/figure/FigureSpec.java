package app.limber.figure;

import java.util.List;

/**
 * The data behind one movement's figure: its key poses and its props. A static hold has two keys (start and held);
 * a flowing movement loops through its keys (and back, unless {@code cycle}: shoulder rolls go round).
 *
 * @param fitKey which key pose the props are fitted to
 * @param anchor the body point that stays put while the figure moves (a planted foot, the knees on all fours)
 * @param closeUp the centre of an enlarged inset for a small movement (shoulders, neck, breathing), or null
 * @param closeMover the point whose path the inset's arrow follows
 * @param closeZoom the inset's magnification
 * @param stretch for a hold, the held part whose last movement into the hold (the last two keys) is the direction
 *                of the stretch, which the arrow shows instead of the set-up; null follows the whole movement
 * @param stretchRaise how far above its part a stretch arrow is drawn, where the part lies under a limb (units)
 * @param stretchAhead the stretch arrow starts where the part holds and points on the way it went, clear of the
 *                     body (the chest going forward through a door frame), instead of running from start to hold
 */
public record FigureSpec(String slug, List<Pose> keys, boolean cycle, List<Prop> props, int fitKey, Pt anchor,
                         Pt closeUp, Pt closeMover, double closeZoom, Pt stretch, double stretchRaise,
                         boolean stretchAhead) {

    public FigureSpec {
        keys = List.copyOf(keys);
        props = List.copyOf(props);
        if (keys.size() < 2) {
            throw new IllegalArgumentException(slug + ": a figure needs a start and an end pose");
        }
        if (keys.stream().map(Pose::view).distinct().count() != 1) {
            throw new IllegalArgumentException(slug + ": all poses of a figure share one view");
        }
    }

    FigureSpec(String slug, List<Pose> keys, boolean cycle, List<Prop> props, int fitKey, Pt anchor) {
        this(slug, keys, cycle, props, fitKey, anchor, null, null, 0, null, 0, false);
    }

    FigureSpec withCloseUp(Pt centre, Pt mover, double zoom) {
        return new FigureSpec(slug, keys, cycle, props, fitKey, anchor, centre, mover, zoom, stretch, stretchRaise,
                stretchAhead);
    }

    FigureSpec withStretch(Pt held, double raise, boolean ahead) {
        return new FigureSpec(slug, keys, cycle, props, fitKey, anchor, closeUp, closeMover, closeZoom, held, raise,
                ahead);
    }

    public View view() {
        return keys.get(0).view();
    }

    public Pose start() {
        return keys.get(0);
    }

    /** The held (or end) position: the last key. */
    public Pose end() {
        return keys.get(keys.size() - 1);
    }
}
