package org.amparo.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, migrated vault database: its connection pool and the key material H2 needs for new connections.
 * {@link #close()} syncs a checkpoint, shuts H2 down (releasing the file), and wipes the key material.
 */
public final class OpenDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenDatabase.class);

    private final JdbcConnectionPool pool;
    private final char[] h2Password;

    OpenDatabase(JdbcConnectionPool pool, char[] h2Password) {
        this.pool = pool;
        this.h2Password = h2Password;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Closing the vault database did not finish cleanly (H2 error {})", e.getErrorCode());
        } finally {
            pool.dispose();
            Arrays.fill(h2Password, '\0');
        }
    }
}
