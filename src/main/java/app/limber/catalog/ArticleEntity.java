package app.limber.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "article")
class ArticleEntity {

    @Id
    private Integer id;
    private String code;
    private String title;
    private String publisher;
    private String seedFile;

    protected ArticleEntity() {
    }

    Article toArticle() {
        return new Article(id, code, title, publisher);
    }

    Integer getId() {
        return id;
    }
}
