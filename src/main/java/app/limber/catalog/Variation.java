package app.limber.catalog;

/** A link to another entry done differently: easier, harder, with other equipment, or related. */
public record Variation(String slug, String name, VariationKind kind) {
}
