package app.limber.routine.saved;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SavedRoutineRepository extends JpaRepository<SavedRoutineEntity, Long> {

    @EntityGraph(attributePaths = "items")
    Optional<SavedRoutineEntity> findByTokenHash(String tokenHash);

    /** For an edit: the row stays locked until the transaction ends, so edits of one routine run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SavedRoutineEntity> findForUpdateByTokenHash(String tokenHash);

    /** Deleted routines past their time to undo, a few at a time (each delete purges some). */
    List<SavedRoutineEntity> findTop20ByDeletedAtBefore(LocalDateTime before);
}
