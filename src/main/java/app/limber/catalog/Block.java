package app.limber.catalog;

/** The block a movement belongs to, in the order a session runs them. Labels live in messages (key: block.CONSTANT). */
public enum Block {
    WARM_UP, RELEASE, STRETCH, MOBILITY, STRENGTHENING, RELAXATION
}
