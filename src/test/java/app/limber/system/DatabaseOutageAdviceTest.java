package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;
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

    @Test
    void an_api_request_gets_the_outage_as_a_problem_detail_with_retry_after_and_a_page_request_the_page() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.db.unreachable", Locale.ENGLISH, "Saved routines cannot be reached just now.");
        messages.addMessage("error.title.503", Locale.ENGLISH, "Not available just now");
        messages.addMessage("error.title.default", Locale.ENGLISH, "Something went wrong");
        DatabaseOutageAdvice advice = new DatabaseOutageAdvice(messages);
        Exception outage = new CannotCreateTransactionException("no connection");

        MockHttpServletResponse apiResponse = new MockHttpServletResponse();
        Object api = advice.unavailable(outage, new MockHttpServletRequest("GET", "/api/routines/"
                + "AAAAAAAAAAAAAAAAAAAAAA"), apiResponse, Locale.ENGLISH);
        assertThat(api).isInstanceOf(ResponseEntity.class);
        ResponseEntity<?> entity = (ResponseEntity<?>) api;
        assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(entity.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(entity.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        ProblemDetail problem = (ProblemDetail) entity.getBody();
        assertThat(problem.getTitle()).isEqualTo("Not available just now");
        assertThat(problem.getDetail()).isEqualTo("Saved routines cannot be reached just now.");

        MockHttpServletResponse pageResponse = new MockHttpServletResponse();
        Object page = advice.unavailable(outage, new MockHttpServletRequest("GET", "/routines/"
                + "AAAAAAAAAAAAAAAAAAAAAA"), pageResponse, Locale.ENGLISH);
        assertThat(page).isInstanceOf(ModelAndView.class);
        assertThat(pageResponse.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    }
}
