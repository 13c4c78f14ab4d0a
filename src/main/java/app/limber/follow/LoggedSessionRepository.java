package app.limber.follow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoggedSessionRepository extends JpaRepository<LoggedSession, Long> {

    List<LoggedSession> findByOwnerHashOrderByLoggedAtAsc(String ownerHash);

    boolean existsByOwnerHash(String ownerHash);

    long countByOwnerHash(String ownerHash);
}
