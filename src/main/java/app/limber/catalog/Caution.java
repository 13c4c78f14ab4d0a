package app.limber.catalog;

/** Conditions a user can ask routines to respect. Labels live in messages (key: caution.CONSTANT). */
public enum Caution {
    LOWER_BACK, NECK, WRISTS_KNEES
}
