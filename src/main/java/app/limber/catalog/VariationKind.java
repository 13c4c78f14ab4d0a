package app.limber.catalog;

/** How a variation relates to the movement it hangs from. Labels live in messages (key: variationKind.CONSTANT). */
public enum VariationKind {
    EASIER, HARDER, OTHER_EQUIPMENT, RELATED
}
