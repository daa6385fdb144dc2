package org.amparo.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, migrated vault database: its connection pool and the key material H2 needs for new connections.
 * {@link #close()} syncs a checkpoint, shuts H2 down (releasing the file), and wipes the key material.
 */
public final class OpenDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenDatabase.class);

    private final HikariDataSource pool;
    private final char[] h2Password;

    OpenDatabase(HikariDataSource pool, char[] h2Password) {
        this.pool = pool;
        this.h2Password = h2Password;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        Connection connection = null;
        try {
            connection = pool.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            LOG.warn("Closing the vault database did not finish cleanly (H2 error {})", e.getErrorCode());
        } finally {
            handBack(connection);
            pool.close();
            Arrays.fill(h2Password, '\0');
        }
    }

    /** Returns the connection that ran {@code SHUTDOWN} to the pool: H2 closed it, so the pool's clean-up fails. */
    private static void handBack(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // expected: the database is shut down; closing the pool below discards the connection
        }
    }
}
