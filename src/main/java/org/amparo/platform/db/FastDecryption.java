package org.amparo.platform.db;

import java.lang.invoke.MethodHandles;
import java.nio.channels.FileChannel;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.db.Store;
import org.h2.store.fs.encrypt.JceXts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the JDK's AES (on the processor's AES instructions) under an open vault's H2 file encryption, in place of H2's
 * table-driven Java AES ({@link JceXts}): same file format, about ten times the speed, which is most of what reading
 * the facts of 100,000 cases from a cold file costs. H2 offers no setting for it, so this reaches the open file
 * through H2's engine classes and one private field; if any of that is not as expected (another H2 version), the
 * vault stays on H2's own AES, correct and slower, and a warning is logged.
 */
final class FastDecryption {

    private static final Logger LOG = LoggerFactory.getLogger(FastDecryption.class);

    private FastDecryption() {
    }

    /** Speeds up the encrypted file behind {@code connection}; {@code true} if the fast cipher is in place. */
    static boolean install(Connection connection) {
        try {
            FileChannel file = fileOf(connection);
            boolean installed = file != null && JceXts.accelerate(file);
            if (!installed) {
                LOG.warn("the vault's file encryption stays on H2's own AES (slower): its file was not as expected");
            }
            return installed;
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            LOG.warn("the vault's file encryption stays on H2's own AES (slower)", e);
            return false;
        }
    }

    private static FileChannel fileOf(Connection connection) throws SQLException, ReflectiveOperationException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        if (!(h2.getSession() instanceof SessionLocal session)) {
            return null;
        }
        Store store = session.getDatabase().getStore();
        FileStore<?> files = store == null ? null : store.getMvStore().getFileStore();
        if (!(files instanceof SingleFileStore single)) {
            return null;
        }
        return (FileChannel) MethodHandles.privateLookupIn(SingleFileStore.class, MethodHandles.lookup())
                .findVarHandle(SingleFileStore.class, "fileChannel", FileChannel.class).get(single);
    }
}
