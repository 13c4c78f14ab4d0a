package app.limber.catalog;

/** Where the body is while doing the movement. Labels live in messages (key: bodyPosition.CONSTANT). */
public enum BodyPosition {
    STANDING, SEATED, ALL_FOURS, KNEELING, LYING, FLOOR_SITTING
}
