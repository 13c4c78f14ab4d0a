package app.limber.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeskExclusionRepository extends JpaRepository<DeskExclusionEntity, String> {
}
