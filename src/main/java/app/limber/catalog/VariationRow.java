package app.limber.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of movement_variation, seen from the movement it hangs from. */
@Embeddable
class VariationRow {

    @Column(name = "variation_id")
    private int variationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind")
    private VariationKind kind;

    protected VariationRow() {
    }

    int variationId() {
        return variationId;
    }

    VariationKind kind() {
        return kind;
    }
}
