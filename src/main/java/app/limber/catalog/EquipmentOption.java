package app.limber.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of movement_equipment: items sharing an option group are alternatives. */
@Embeddable
class EquipmentOption {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "equipment")
    private Equipment equipment;

    @Column(name = "option_group")
    private int optionGroup;

    protected EquipmentOption() {
    }

    Equipment equipment() {
        return equipment;
    }

    int optionGroup() {
        return optionGroup;
    }
}
