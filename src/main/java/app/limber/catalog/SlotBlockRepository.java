package app.limber.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlotBlockRepository extends JpaRepository<SlotBlockEntity, Integer> {
}
