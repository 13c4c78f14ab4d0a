package app.limber.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "light_cardio")
class LightCardioEntity {

    @Id
    private String movementSlug;

    protected LightCardioEntity() {
    }

    String getMovementSlug() {
        return movementSlug;
    }
}
