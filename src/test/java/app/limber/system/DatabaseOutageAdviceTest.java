package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;

/** Which database errors are an outage (a 503 that says so) and which stay our own errors (a 500). */
class DatabaseOutageAdviceTest {

    @Test
    void a_lost_connection_anywhere_in_the_chain_is_an_outage() {
        assertThat(DatabaseOutageAdvice.lostConnection(new JpaSystemException(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(DatabaseOutageAdvice.lostConnection(new TransactionSystemException("commit",
                new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutageAdvice.lostConnection(new JpaSystemException(new RuntimeException(
                new SQLTransientConnectionException("pool timed out"))))).isTrue();
        assertThat(DatabaseOutageAdvice.lostConnection(new JpaSystemException(new RuntimeException(
                new SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseOutageAdvice.lostConnection(new JpaSystemException(new RuntimeException(
                new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void other_database_errors_are_not_an_outage() {
        assertThat(DatabaseOutageAdvice.lostConnection(new JpaSystemException(new RuntimeException(
                new SQLException("value too long for type character varying(80)", "22001"))))).isFalse();
        assertThat(DatabaseOutageAdvice.lostConnection(new JpaSystemException(new RuntimeException(
                new SQLException("duplicate key", "23505"))))).isFalse();
        assertThat(DatabaseOutageAdvice.lostConnection(new TransactionSystemException("commit"))).isFalse();
    }
}
