package app.limber.catalog;

/** What one article says about a movement: its own name for it and the figures it gives. */
public record Source(Article article, String nameInArticle, String figures) {
}
