package app.limber.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "desk_exclusion")
class DeskExclusionEntity {

    @Id
    private String movementSlug;

    protected DeskExclusionEntity() {
    }

    String getMovementSlug() {
        return movementSlug;
    }
}
