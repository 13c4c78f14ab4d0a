package app.limber.catalog;

/**
 * Which way a movement takes the upper spine. Stored with each movement so the 13-stretches article's rule
 * "extension last" reads data, not names. Labels live in messages (key: direction.CONSTANT).
 */
public enum SpineDirection {
    EXTENSION, FLEXION, ROTATION, SIDE_BEND, FLEXION_EXTENSION, NONE
}
