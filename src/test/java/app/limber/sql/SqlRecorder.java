package app.limber.sql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records every SQL statement the application sends to the database, whoever sends it: Spring Data repositories,
 * JPQL, Hibernate's own lazy loads and JdbcTemplate all borrow their connections from the one DataSource, so the
 * DataSource bean is wrapped (as a bean post-processor) in one that hands out counting connections. A statement
 * counts once per execution (a batch once per {@code executeBatch}); preparing one that never runs does not count.
 *
 * <p>Use: {@code @Import(SqlRecorder.class)} on a {@code @SpringBootTest}, then
 * {@code recorder.during(() -> mvc.get()...)} returns the statements that ran, in order, so a failed size
 * assertion prints them. Recording is global (not per thread): whatever runs during the action counts, including
 * work handed to another thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlRecorder implements BeanPostProcessor {

    /** The JDBC calls that send a statement to the database. */
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final List<String> statements = new ArrayList<>();
    private boolean recording;

    /** An action that may throw, such as a MockMvc exchange. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Runs the action and returns the statements it executed, in order. */
    public List<String> during(Action action) throws Exception {
        synchronized (statements) {
            statements.clear();
            recording = true;
        }
        try {
            action.run();
        } finally {
            synchronized (statements) {
                recording = false;
            }
        }
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    private void record(String sql) {
        synchronized (statements) {
            if (recording) {
                statements.add(sql);
            }
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    /** The application's DataSource, handing out connections whose statements report to the recorder. */
    private final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            // The SQL of a prepared statement is given here, and runs (and counts) at each execute.
            return switch (method.getName()) {
                case "createStatement" -> statement(Statement.class, (Statement) result, null);
                case "prepareStatement" -> statement(PreparedStatement.class, (Statement) result, (String) args[0]);
                case "prepareCall" -> statement(CallableStatement.class, (Statement) result, (String) args[0]);
                default -> result;
            };
        });
    }

    private <S extends Statement> S statement(Class<S> type, Statement target, String preparedSql) {
        return proxy(type, type.cast(target), (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                        : String.valueOf(preparedSql));
            }
            return invoke(target, method, args);
        });
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
