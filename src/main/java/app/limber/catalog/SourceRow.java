package app.limber.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One row of movement_source. */
@Embeddable
class SourceRow {

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "article_id")
    private ArticleEntity article;

    @Column(name = "name_in_article")
    private String nameInArticle;

    @Column(name = "figures")
    private String figures;

    protected SourceRow() {
    }

    Source toSource() {
        return new Source(article.toArticle(), nameInArticle, figures);
    }

    /** The source with its figures in other words (a translation); the article and its name for it as published. */
    Source toSource(String translatedFigures) {
        return new Source(article.toArticle(), nameInArticle, Translations.or(translatedFigures, figures));
    }

    int articleId() {
        return article.getId();
    }
}
