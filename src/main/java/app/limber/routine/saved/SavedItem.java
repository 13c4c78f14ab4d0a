package app.limber.routine.saved;

import app.limber.catalog.Block;
import app.limber.routine.Dose;
import app.limber.routine.RoutineEdits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One movement of a saved routine: which one, in which block, and the dose. */
@Embeddable
class SavedItem {

    @Column(name = "slug")
    private String slug;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "block")
    private Block block;

    @Column(name = "hold_seconds")
    private Integer holdSeconds;

    @Column(name = "reps")
    private Integer reps;

    @Column(name = "sets")
    private int sets;

    @Column(name = "each_side")
    private boolean eachSide;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "reason_key")
    private String reasonKey;

    protected SavedItem() {
    }

    SavedItem(String slug, Block block, Dose dose, String reasonKey) {
        this.slug = slug;
        this.block = block;
        this.reasonKey = reasonKey;
        setDose(dose);
    }

    static SavedItem of(RoutineEdits.Item item) {
        return new SavedItem(item.slug(), item.block(), item.dose(), item.reasonKey());
    }

    RoutineEdits.Item toItem() {
        return new RoutineEdits.Item(slug, block, dose(), reasonKey);
    }

    String slug() {
        return slug;
    }

    Block block() {
        return block;
    }

    String reasonKey() {
        return reasonKey;
    }

    Dose dose() {
        return new Dose(holdSeconds, reps, sets, eachSide, durationSeconds);
    }

    void setDose(Dose dose) {
        this.holdSeconds = dose.holdSeconds();
        this.reps = dose.reps();
        this.sets = dose.sets();
        this.eachSide = dose.eachSide();
        this.durationSeconds = dose.durationSeconds();
    }
}
