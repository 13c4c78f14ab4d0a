package app.limber.catalog;

/** Dynamic movement or static hold. Labels live in messages (key: style.CONSTANT). */
public enum Style {
    DYNAMIC, STATIC
}
