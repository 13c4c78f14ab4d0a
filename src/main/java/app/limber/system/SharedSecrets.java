package app.limber.system;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Random secrets kept in the database ({@code app_secret}, V6), so that every instance on the same database uses
 * the same one without an operator having to set it, and a restart keeps it. The first instance to ask creates
 * it; one that loses the race to insert reads the winner's.
 */
@Component
class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SharedSecrets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 32 random bytes under this name, created on first use. */
    byte[] get(String name) {
        return read(name).orElseGet(() -> create(name));
    }

    private java.util.Optional<byte[]> read(String name) {
        List<String> found = jdbc.queryForList("select secret from app_secret where name = ?", String.class, name);
        return found.stream().findFirst().map(Base64.getUrlDecoder()::decode);
    }

    private byte[] create(String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        try {
            jdbc.update("insert into app_secret (name, secret, created_at) values (?, ?, ?)", name,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                    Timestamp.from(Instant.now(clock)));
            return secret;
        } catch (DuplicateKeyException e) {
            return read(name).orElseThrow(() -> e);
        }
    }
}
