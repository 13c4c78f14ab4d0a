package app.limber.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "guidance")
class GuidanceEntity {

    @Id
    private Integer id;
    private String slug;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Topic topic;

    private String title;
    private String body;
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "guidance_point", joinColumns = @JoinColumn(name = "guidance_id"))
    @OrderColumn(name = "point_no")
    @ListIndexBase(1)
    @Column(name = "point")
    private List<String> points = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "guidance_source",
            joinColumns = @JoinColumn(name = "guidance_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    @OrderBy("id")
    private List<ArticleEntity> sources = new ArrayList<>();

    protected GuidanceEntity() {
    }

    int getSortOrder() {
        return sortOrder;
    }

    Topic getTopic() {
        return topic;
    }

    Guidance toGuidance() {
        return new Guidance(slug, topic, title, body, points,
                sources.stream().map(ArticleEntity::toArticle).toList());
    }
}
