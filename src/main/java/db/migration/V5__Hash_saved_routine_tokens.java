package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Saved-routine tokens stored hashed: V3 kept each token in clear, so a copy of the database handed out working
 * private links. This replaces the {@code token} column by {@code token_hash}, the SHA-256 of the token in hex
 * (64 characters), unique and not null; the token then lives only in the person's link, and every link handed out
 * before keeps working because the app looks routines up by the hash of the token it is given.
 *
 * <p>Java rather than SQL because H2 and PostgreSQL hash differently in SQL. The hashing is written out here
 * instead of calling the app's own class on purpose: a migration must do the same thing for ever, whatever the
 * app's code later becomes. The DDL is the plain SQL both databases accept.
 */
public class V5__Hash_saved_routine_tokens extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table saved_routine add column token_hash varchar(64)");
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Statement select = connection.createStatement()) {
            // Read in slices: PostgreSQL's driver otherwise holds the whole table in memory.
            select.setFetchSize(500);
            hash(connection, select, sha256);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table saved_routine alter column token_hash set not null");
            ddl.execute("alter table saved_routine add constraint saved_routine_token_hash unique (token_hash)");
            ddl.execute("alter table saved_routine drop column token");
        }
    }

    private static void hash(Connection connection, Statement select, MessageDigest sha256) throws Exception {
        try (ResultSet rows = select.executeQuery("select id, token from saved_routine");
             PreparedStatement update = connection.prepareStatement(
                     "update saved_routine set token_hash = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                byte[] digest = sha256.digest(rows.getString(2).getBytes(StandardCharsets.US_ASCII));
                update.setString(1, HexFormat.of().formatHex(digest));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
