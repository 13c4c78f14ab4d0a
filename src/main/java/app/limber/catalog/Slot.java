package app.limber.catalog;

/** Times of day. Labels live in messages (key: slot.CONSTANT). */
public enum Slot {
    MORNING, MIDDAY, EVENING
}
