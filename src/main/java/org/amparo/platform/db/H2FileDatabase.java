package org.amparo.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.amparo.platform.db.DatabaseOpenException.Kind;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Opens the vault's encrypted H2 file ({@value #FILE_NAME}.mv.db): {@code CIPHER=AES}, {@code WRITE_DELAY=0},
 * {@code TRACE_LEVEL_FILE=0} (no plaintext trace file), {@code FILE_LOCK=FS} (the operating system's lock on the
 * file, which it drops the moment a killed process dies: reopening after {@code kill -9} takes about 0.2 s instead
 * of the 4–7 s {@code FILE} waits on a stale {@code .lock.db}; a second process is still refused, error 90020; a
 * second opening in this process is refused by the vault's own lock), no server modes, and
 * {@code IFEXISTS=TRUE} unless creating, so a mistyped folder never becomes an empty vault. Runs the migrations on
 * every open. The password it is given must be key material ({@code "<file key> <user password>"}), never typed.
 *
 * <p>{@code CACHE_SIZE} (H2's page cache, a read cache only: no effect on durability) is an eighth of the heap,
 * between {@value #MIN_CACHE_KB} and {@value #MAX_CACHE_KB} KB. A large cache was faster only while H2 decrypted
 * pages with its own slow AES; with the JDK's ({@link FastDecryption}) a page read again costs less than keeping it:
 * every page a long pass reads stays live in a large cache, and the garbage collector copies it (young pauses of
 * 0.15–0.3 s, about one a second). Measured at 100,000 clients on a 6 GB heap, 3 GB → 256 MB → 64 MB → 16 MB cache:
 * re-screen 22.4–24.8 s → 17.9 → 17.3 → 17.1 s; import 99.2 s → 72.1 → 63.4 → 62.3 s; client search p95 within
 * noise (2.6–3.3 ms).
 */
public final class H2FileDatabase {

    public static final String FILE_NAME = "amparo";
    public static final String DATA_FILE = FILE_NAME + ".mv.db";
    static final String USER = "AMPARO";
    /** A re-screen holds three at once (two chunk readers, the results writer), and the window needs one. */
    private static final int MAX_CONNECTIONS = 6;
    static final int MIN_CACHE_KB = 16 * 1024;
    static final int MAX_CACHE_KB = 64 * 1024;

    private H2FileDatabase() {
    }

    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(DATA_FILE));
    }

    /**
     * Opens (or with {@code create}, creates) the database in {@code dir} and migrates it. Takes ownership of
     * {@code password}: it is wiped when the returned database closes or when opening fails.
     */
    public static OpenDatabase open(Path dir, char[] password, boolean create) throws DatabaseOpenException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(dir, create));
        source.setUser(USER);
        source.setPasswordChars(password);
        Connection first;
        try {
            first = source.getConnection();
        } catch (SQLException e) {
            Arrays.fill(password, '\0');
            throw translate(e);
        }
        FastDecryption.install(first);
        HikariDataSource pool = null;
        try (first) {
            // the first connection keeps the database open while the pool starts and the migrations run
            pool = pool(source);
            if (!create && Migrations.pendingOnExisting(pool)) {
                snapshotBeforeMigration(dir, first);
            }
            Migrations.migrate(pool);
            return new OpenDatabase(pool, password);
        } catch (SQLException e) {
            closeQuietly(pool);
            Arrays.fill(password, '\0');
            throw translate(e);
        } catch (FlywayException e) {
            shutDown(pool);
            Arrays.fill(password, '\0');
            throw new DatabaseOpenException(Kind.MIGRATION_FAILED, "migration failed", e);
        } catch (RuntimeException e) {
            closeQuietly(pool);
            Arrays.fill(password, '\0');
            throw e;
        }
    }

    /**
     * HikariCP over {@code source}, holding {@value #MAX_CONNECTIONS} connections for as long as the vault is open,
     * never retired or closed when idle (the embedded database closes with its last connection); no JMX. Not H2's own
     * {@code JdbcConnectionPool}: its connections take a lock on every call, each result-set getter included, and
     * that lock was a fifth of a re-screen's fact reads (30,000 cases: re-screen 8.4 s -> 7.0 s, pointer moves
     * 0.95 s -> 0.35 s).
     */
    private static HikariDataSource pool(JdbcDataSource source) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("amparo-vault");
        config.setDataSource(source);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(MAX_CONNECTIONS);
        config.setMaxLifetime(0);
        config.setIdleTimeout(0);
        config.setKeepaliveTime(0);
        config.setRegisterMbeans(false);
        return new HikariDataSource(config);
    }

    /**
     * One read-only connection, without migrations, to a copy of a vault database in {@code dir} (a backup's trial
     * restore). No file lock: the copy is private to its caller. Wipes {@code password}.
     */
    public static Connection openCopy(Path dir, char[] password) throws SQLException {
        String path = dir.toAbsolutePath().normalize().resolve(FILE_NAME).toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("folder name contains ';'");
        }
        return connectOnce("jdbc:h2:file:" + path
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;FILE_LOCK=NO;IFEXISTS=TRUE;ACCESS_MODE_DATA=r", password);
    }

    /**
     * One writable connection, without migrations, to a closed vault database in {@code dir} that this process owns
     * (a key rotation's new file). {@code FILE_LOCK=FS}, no trace file; wipes {@code password}. The caller runs
     * {@code SHUTDOWN} when done.
     */
    public static Connection openForMaintenance(Path dir, char[] password) throws SQLException {
        return connectOnce(url(dir, false), password);
    }

    /** One connection outside the pool, on the fast file cipher; wipes {@code password}. */
    private static Connection connectOnce(String url, char[] password) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(password);
        try {
            Connection connection = source.getConnection();
            FastDecryption.install(connection);
            return connection;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Before migrating an existing vault: H2's consistent {@code BACKUP TO} into
     * {@code backups/}{@value #BEFORE_MIGRATION_PREFIX}{@code <epoch millis>.zip} (the database file inside stays
     * encrypted). The backup service wraps it into a verified backup the next time it runs.
     */
    private static void snapshotBeforeMigration(Path dir, Connection connection) throws SQLException {
        Path backups = dir.toAbsolutePath().normalize().resolve("backups");
        try {
            Files.createDirectories(backups);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create " + backups, e);
        }
        Path zip = backups.resolve(BEFORE_MIGRATION_PREFIX + System.currentTimeMillis() + ".zip");
        try (java.sql.PreparedStatement statement = connection.prepareStatement("BACKUP TO ?")) {
            statement.setString(1, zip.toString());
            statement.execute();
        }
    }

    /** The name start of the raw snapshot taken before migrating an existing vault. */
    public static final String BEFORE_MIGRATION_PREFIX = "before-migration-";

    static String url(Path dir, boolean create) {
        String path = dir.toAbsolutePath().normalize().resolve(FILE_NAME).toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("folder name contains ';'");
        }
        return "jdbc:h2:file:" + path + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;FILE_LOCK=FS"
                + ";CACHE_SIZE=" + cacheKb(Runtime.getRuntime().maxMemory()) + (create ? "" : ";IFEXISTS=TRUE");
    }

    /** The page cache for a heap of {@code maxHeapBytes}: an eighth of it, within the bounds above (in KB). */
    static int cacheKb(long maxHeapBytes) {
        long eighthKb = maxHeapBytes / 8 / 1024;
        return (int) Math.max(MIN_CACHE_KB, Math.min(MAX_CACHE_KB, eighthKb));
    }

    static DatabaseOpenException translate(SQLException e) {
        Kind kind = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> Kind.IN_USE;
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_CORRUPTED_1 ->
                    Kind.WRONG_KEY;
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 -> Kind.NOT_FOUND;
            default -> Kind.OTHER;
        };
        return new DatabaseOpenException(kind, "H2 error " + e.getErrorCode(), e);
    }

    private static void shutDown(HikariDataSource pool) {
        if (pool == null) {
            return;
        }
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed or unusable: closing the pool below is all that is left to do
        } finally {
            pool.close();
        }
    }

    private static void closeQuietly(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }
}
