package org.amparo.retention;

import java.util.ArrayList;
import java.util.List;
import org.amparo.platform.db.Database;
import org.jooq.Record;

/** Finds a string anywhere in the database: every text column of every table. */
final class Canaries {

    private Canaries() {
    }

    /** "TABLE.COLUMN" for each column holding {@code canary} in some row. */
    static List<String> where(Database db, String canary) {
        List<String> found = new ArrayList<>();
        for (Record column : db.dsl().fetch("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', "
                + "'CHARACTER')")) {
            String table = column.get(0, String.class);
            String name = column.get(1, String.class);
            long n = FillEveryTable.count(db, "SELECT COUNT(*) FROM \"" + table + "\" WHERE CAST(\"" + name
                    + "\" AS VARCHAR) LIKE '%" + canary + "%'");
            if (n > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }
}
