package app.limber.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface MovementRepository extends JpaRepository<MovementEntity, Integer> {
}
