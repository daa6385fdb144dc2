package org.amparo.backup.data;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.amparo.platform.db.Database;
import org.jooq.impl.DSL;

/** The open vault's side of a backup: H2's transactionally consistent {@code BACKUP TO}, and live row counts. */
public final class VaultSnapshots {

    private final Database database;

    @Inject
    public VaultSnapshots(Database database) {
        this.database = database;
    }

    /** Writes a consistent zip of the open vault's database (its file stays encrypted) to {@code zip}. */
    public void backupTo(Path zip) {
        database.dsl().execute("BACKUP TO {0}", DSL.inline(zip.toAbsolutePath().toString()));
    }

    /** Every table's row count in the open vault, by table name. */
    public Map<String, Long> rowCounts() {
        return database.dsl().connectionResult(TableDigests::rowCounts);
    }
}
