package app.limber.catalog;

/** Body areas a movement targets. Labels live in messages (key: area.CONSTANT). */
public enum Area {
    NECK, SHOULDERS, UPPER_BACK, MID_BACK, CHEST, SIDES, LOWER_BACK, HIPS
}
