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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

/** A catalog movement as stored. Read-only: Flyway seeds it; the app maps it to {@link Movement}. */
@Entity
@Table(name = "movement")
class MovementEntity {

    @Id
    private Integer id;
    private String slug;
    private String name;
    private String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Block block;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Style style;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private BodyPosition bodyPosition;

    private String feelIt;
    private Integer holdMinSeconds;
    private Integer holdMaxSeconds;
    private Integer repsMin;
    private Integer repsMax;
    private int setsMin;
    private int setsMax;
    private boolean eachSide;
    private Integer durationMinSeconds;
    private Integer durationMaxSeconds;
    private Integer timesPerWeekMin;
    private Integer timesPerWeekMax;
    private boolean dosageFromArticle;
    private String sourcesDiffer;
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SpineDirection spineDirection;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Tempo tempo;

    private Integer repSeconds;
    private boolean paceFromArticle;
    private boolean holdOpenEnded;

    @ElementCollection
    @CollectionTable(name = "movement_step", joinColumns = @JoinColumn(name = "movement_id"))
    @OrderColumn(name = "step_no")
    @ListIndexBase(1)
    @Column(name = "instruction")
    private List<String> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "movement_equipment", joinColumns = @JoinColumn(name = "movement_id"))
    private Set<EquipmentOption> equipment = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_area", joinColumns = @JoinColumn(name = "movement_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "area")
    private Set<Area> areas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_muscle", joinColumns = @JoinColumn(name = "movement_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "muscle")
    private Set<Muscle> muscles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_slot", joinColumns = @JoinColumn(name = "movement_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "slot")
    private Set<Slot> slots = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_caution", joinColumns = @JoinColumn(name = "movement_id"))
    @OrderColumn(name = "caution_no")
    @ListIndexBase(1)
    @Column(name = "caution")
    private List<String> cautions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "movement_cue", joinColumns = @JoinColumn(name = "movement_id"))
    @OrderColumn(name = "cue_no")
    @ListIndexBase(1)
    @Column(name = "cue")
    private List<String> cues = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "movement_exclusion", joinColumns = @JoinColumn(name = "movement_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "caution")
    private Set<Caution> excludedBy = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_variation", joinColumns = @JoinColumn(name = "movement_id"))
    private Set<VariationRow> variations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_source", joinColumns = @JoinColumn(name = "movement_id"))
    private Set<SourceRow> sources = new HashSet<>();

    // Translations (V18): read with the English rows, so the catalog is built in every language at start-up.
    @ElementCollection
    @CollectionTable(name = "movement_text", joinColumns = @JoinColumn(name = "movement_id"))
    private Set<MovementTextRow> texts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_step_text", joinColumns = @JoinColumn(name = "movement_id"))
    @AttributeOverride(name = "no", column = @Column(name = "step_no"))
    @AttributeOverride(name = "text", column = @Column(name = "instruction"))
    private Set<TextRow> stepTexts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_caution_text", joinColumns = @JoinColumn(name = "movement_id"))
    @AttributeOverride(name = "no", column = @Column(name = "caution_no"))
    @AttributeOverride(name = "text", column = @Column(name = "caution"))
    private Set<TextRow> cautionTexts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_cue_text", joinColumns = @JoinColumn(name = "movement_id"))
    @AttributeOverride(name = "no", column = @Column(name = "cue_no"))
    @AttributeOverride(name = "text", column = @Column(name = "cue"))
    private Set<TextRow> cueTexts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "movement_source_text", joinColumns = @JoinColumn(name = "movement_id"))
    @AttributeOverride(name = "no", column = @Column(name = "article_id"))
    @AttributeOverride(name = "text", column = @Column(name = "figures"))
    private Set<TextRow> sourceTexts = new HashSet<>();

    protected MovementEntity() {
    }

    Integer getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    /** The name in a language: its translation where there is one, otherwise the English. */
    String name(String lang) {
        return texts.stream().filter(t -> t.lang().equals(lang)).findFirst()
                .map(t -> Translations.or(t.name(), name)).orElse(name);
    }

    /** The languages this movement has any translated words in. */
    Set<String> languages() {
        Set<String> langs = new HashSet<>();
        texts.forEach(t -> langs.add(t.lang()));
        for (Set<TextRow> rows : List.of(stepTexts, cautionTexts, cueTexts, sourceTexts)) {
            rows.forEach(t -> langs.add(t.lang()));
        }
        return langs;
    }

    /**
     * The movement's words in a language, field by field: the translation where there is one, otherwise the
     * English. "Where the articles differ" stays absent where the English has none.
     */
    Movement.Text text(String lang, List<Variation> variations) {
        MovementTextRow row = texts.stream().filter(t -> t.lang().equals(lang)).findFirst().orElse(null);
        List<Source> translatedSources = sources.stream()
                .sorted(Comparator.comparingInt(SourceRow::articleId))
                .map(s -> s.toSource(sourceTexts.stream()
                        .filter(t -> t.lang().equals(lang) && t.no() == s.articleId())
                        .map(TextRow::text).findFirst().orElse(null)))
                .toList();
        return new Movement.Text(
                row == null ? name : Translations.or(row.name(), name),
                row == null ? summary : Translations.or(row.summary(), summary),
                row == null ? feelIt : Translations.or(row.feelIt(), feelIt),
                Translations.lines(steps, stepTexts, lang),
                Translations.lines(cautions, cautionTexts, lang),
                Translations.lines(cues, cueTexts, lang),
                sourcesDiffer == null || row == null ? sourcesDiffer : Translations.or(row.sourcesDiffer(), sourcesDiffer),
                variations, translatedSources);
    }

    Dosage dosage() {
        return new Dosage(
                Range.ofNullable(holdMinSeconds, holdMaxSeconds),
                Range.ofNullable(repsMin, repsMax),
                new Range(setsMin, setsMax),
                eachSide,
                Range.ofNullable(durationMinSeconds, durationMaxSeconds),
                Range.ofNullable(timesPerWeekMin, timesPerWeekMax),
                dosageFromArticle,
                holdOpenEnded);
    }

    String getSummary() { return summary; }
    Block getBlock() { return block; }
    Style getStyle() { return style; }
    BodyPosition getBodyPosition() { return bodyPosition; }
    String getFeelIt() { return feelIt; }
    String getSourcesDiffer() { return sourcesDiffer; }
    int getSortOrder() { return sortOrder; }
    List<String> getSteps() { return steps; }
    Set<EquipmentOption> getEquipment() { return equipment; }
    Set<Area> getAreas() { return areas; }
    Set<Muscle> getMuscles() { return muscles; }
    Set<Slot> getSlots() { return slots; }
    List<String> getCautions() { return cautions; }
    Set<Caution> getExcludedBy() { return excludedBy; }
    Set<VariationRow> getVariations() { return variations; }
    Set<SourceRow> getSources() { return sources; }
    SpineDirection getSpineDirection() { return spineDirection; }
    Pace pace() { return Pace.ofNullable(tempo, repSeconds, paceFromArticle); }
    List<String> getCues() { return cues; }
    Set<MovementTextRow> getTexts() { return texts; }
    Set<TextRow> getStepTexts() { return stepTexts; }
    Set<TextRow> getCautionTexts() { return cautionTexts; }
    Set<TextRow> getCueTexts() { return cueTexts; }
    Set<TextRow> getSourceTexts() { return sourceTexts; }
}
