package app.limber.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface LightCardioRepository extends JpaRepository<LightCardioEntity, String> {
}
