package app.limber.follow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoggedSessionRepository extends JpaRepository<LoggedSession, Long> {

    /**
     * With their movements in the same statement: the history page reads them all, and loading them lazily took
     * one more statement per 64 sessions (Hibernate's batch size), so a long history cost more round trips.
     */
    @EntityGraph(attributePaths = "movements")
    List<LoggedSession> findByOwnerHashOrderByLoggedAtAsc(String ownerHash);

    boolean existsByOwnerHash(String ownerHash);

    Optional<LoggedSession> findByIdAndOwnerHash(long id, String ownerHash);

    long countByOwnerHash(String ownerHash);

    Optional<LoggedSession> findByOwnerHashAndIdempotencyKey(String ownerHash, String idempotencyKey);
}
