package app.limber.routine.saved;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedRoutineRepository extends JpaRepository<SavedRoutineEntity, Long> {

    @EntityGraph(attributePaths = "items")
    Optional<SavedRoutineEntity> findByTokenHash(String tokenHash);
}
