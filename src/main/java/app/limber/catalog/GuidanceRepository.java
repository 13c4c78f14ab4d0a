package app.limber.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceRepository extends JpaRepository<GuidanceEntity, Integer> {
}
