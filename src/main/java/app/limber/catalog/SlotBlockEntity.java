package app.limber.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "slot_block")
class SlotBlockEntity {

    @Id
    private Integer id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Slot slot;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Block block;

    private int sharePercent;
    private boolean allowed;
    private boolean staticOnly;
    private String statedBy;

    protected SlotBlockEntity() {
    }

    SlotBlockRule toRule() {
        return new SlotBlockRule(slot, block, sharePercent, allowed, staticOnly, statedBy);
    }
}
