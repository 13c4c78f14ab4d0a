package app.limber.catalog;

import jakarta.persistence.AttributeOverride;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @ElementCollection
    @CollectionTable(name = "guidance_text", joinColumns = @JoinColumn(name = "guidance_id"))
    private Set<GuidanceTextRow> texts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "guidance_point_text", joinColumns = @JoinColumn(name = "guidance_id"))
    @AttributeOverride(name = "no", column = @Column(name = "point_no"))
    @AttributeOverride(name = "text", column = @Column(name = "point"))
    private Set<TextRow> pointTexts = new HashSet<>();

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

    /**
     * The entry in a language, field by field: each title, body and point its translation where there is one,
     * otherwise the English (so a missing row shows English rather than nothing).
     */
    Guidance toGuidance(String lang) {
        GuidanceTextRow text = texts.stream().filter(t -> t.lang().equals(lang)).findFirst().orElse(null);
        List<String> translated = Translations.lines(points, pointTexts, lang);
        return new Guidance(slug, topic, text == null ? title : Translations.or(text.title(), title),
                text == null ? body : Translations.or(text.body(), body), translated,
                sources.stream().map(ArticleEntity::toArticle).toList());
    }

    /** The languages this entry has any translated words in. */
    Set<String> languages() {
        Set<String> langs = new HashSet<>();
        texts.forEach(t -> langs.add(t.lang()));
        pointTexts.forEach(t -> langs.add(t.lang()));
        return langs;
    }
}
