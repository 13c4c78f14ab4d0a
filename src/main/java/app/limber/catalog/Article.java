package app.limber.catalog;

/** One of the five source articles. */
public record Article(int id, String code, String title, String publisher) {
}
