package app.limber.catalog;

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
}
