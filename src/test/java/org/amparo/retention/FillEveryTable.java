package org.amparo.retention;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.platform.db.Database;

/** Test-only SQL: puts a row for a client/case into every table the example import leaves empty, and counts rows. */
final class FillEveryTable {

    private FillEveryTable() {
    }

    static void fill(Database db, long client, long caseId, String canary) {
        db.transaction(ctx -> {
            String[] clientRows = {
                "INSERT INTO CLIENT_ALIAS (CLIENT_ID, POSITION, ALIAS) VALUES (?, 0, 'Demo Alias')",
                "INSERT INTO CLIENT_EMAIL (CLIENT_ID, POSITION, ADDRESS) VALUES (?, 0, 'demo@example.org')",
                "INSERT INTO FACT_ASYLUM (CLIENT_ID) VALUES (?)",
                "INSERT INTO FACT_CONVICTION (CLIENT_ID, POSITION, OFFENSE_LABEL, TAGS_KNOWN) VALUES (?, 0, 'x', TRUE)",
                "INSERT INTO FACT_CONVICTION_TAG (CLIENT_ID, CONVICTION_POSITION, POSITION, TAG) VALUES (?, 0, 0, 'dv')",
                "INSERT INTO FACT_COURT_EVENT_287G (CLIENT_ID, EVENT_POSITION, POSITION, MODEL) VALUES (?, 0, 0, 'JEM')",
                "INSERT INTO FACT_ICE_CHECKIN (CLIENT_ID, POSITION, CHECKIN_DATE) VALUES (?, 0, DATE '2023-03-01')",
                "INSERT INTO FACT_PENDING_CHARGE (CLIENT_ID, POSITION, TAGS_KNOWN) VALUES (?, 0, TRUE)",
                "INSERT INTO FACT_PENDING_CHARGE_TAG (CLIENT_ID, CHARGE_POSITION, POSITION, TAG) VALUES (?, 0, 0, 'dui')",
                "INSERT INTO FACT_PRIOR_REMOVAL (CLIENT_ID, POSITION) VALUES (?, 0)",
                "INSERT INTO FACT_SIJS (CLIENT_ID) VALUES (?)",
                "INSERT INTO FACT_T (CLIENT_ID, MEANS_KNOWN, LABOR_PURPOSE_KNOWN) VALUES (?, TRUE, TRUE)",
                "INSERT INTO FACT_T_MEANS (CLIENT_ID, POSITION, MEANS) VALUES (?, 0, 'force')",
                "INSERT INTO FACT_T_LABOR_PURPOSE (CLIENT_ID, POSITION, PURPOSE) VALUES (?, 0, 'peonage')",
                "INSERT INTO FACT_UNCHARGED_CONDUCT (CLIENT_ID, POSITION, CONDUCT) VALUES (?, 0, 'other')",
                "INSERT INTO FACT_U_CRIME_MODIFIER (CLIENT_ID, CRIME_POSITION, POSITION, MODIFIER) VALUES (?, 0, 0, 'attempt')",
                "INSERT INTO FACT_VAWA (CLIENT_ID, ABUSE_TYPE_KNOWN, GMC_ISSUES_KNOWN) VALUES (?, TRUE, TRUE)",
                "INSERT INTO FACT_VAWA_ABUSE_TYPE (CLIENT_ID, POSITION, ABUSE_TYPE) VALUES (?, 0, 'battery')",
                "INSERT INTO FACT_VAWA_GMC_ISSUE (CLIENT_ID, POSITION, ISSUE) VALUES (?, 0, 'none known')",
            };
            for (String sql : clientRows) {
                ctx.execute(sql, client);
            }
            ctx.execute("INSERT INTO FACT_EXTENSIONS (CLIENT_ID, JSON_TEXT) VALUES (?, ?)", client,
                    "{\"story\":\"" + canary + "\"}");
            ctx.execute("UPDATE CLIENT SET SAFE_CONTACT_NOTES = ? WHERE ID = ?", "Call after 6 " + canary, client);
            ctx.execute("UPDATE FACT_CONDUCT SET FRAUD_DETAILS = ? WHERE CLIENT_ID = ?", "Details " + canary, client);
            ctx.execute("INSERT INTO MANUAL_DEADLINE (CLIENT_ID, CASE_ID, DUE_ON, LABEL, CREATED_BY, CREATED_AT) "
                    + "VALUES (?, ?, DATE '2023-05-01', 'File evidence', 'ana', CURRENT_TIMESTAMP)", client, caseId);
            ctx.execute("INSERT INTO CASE_RELIEF (CASE_ID, RELIEF) VALUES (?, 'u_visa')", caseId);
            long batch = ((Number) ctx.fetchValue("SELECT ID FROM FINAL TABLE (INSERT INTO IMPORT_BATCH (FILE_NAME, "
                    + "FILE_FORMAT, FILE_SHA256, ROWS_READ, IMPORTED, REJECTED, ONLY_VALID) VALUES ('demo.json', "
                    + "'JSON', 'abc', 1, 1, 0, FALSE))")).longValue();
            ctx.execute("INSERT INTO IMPORT_BATCH_CLIENT (BATCH_ID, CLIENT_ID, CASE_ID, CLIENT_REF, EDIT_STAMP) "
                    + "VALUES (?, ?, ?, 'demo-ref', 1)", batch, client, caseId);
            long run = ((Number) ctx.fetchValue("SELECT ID FROM FINAL TABLE (INSERT INTO SCREENING_RUN (STARTED_AT, "
                    + "AS_OF, TRIGGER_TEXT, CASES_SCREENED) VALUES (CURRENT_TIMESTAMP, DATE '2023-06-01', "
                    + "'manual', 1))")).longValue();
            ctx.execute("INSERT INTO SCREENING_RUN_FRAMEWORK (RUN_ID, POSITION, FRAMEWORK) VALUES (?, 0, 'f1')", run);
            ctx.execute("INSERT INTO CASE_SCREENING (RUN_ID, CASE_ID, SCREENED_AT, AS_OF, FRAMEWORK_OUTCOMES, "
                    + "RELIEF_OUTCOMES) VALUES (?, ?, CURRENT_TIMESTAMP, DATE '2023-06-01', '|f1=NOT_PRIORITY|', "
                    + "'|u_visa=ELIGIBLE|')", run, caseId);
            ctx.execute("INSERT INTO CASE_LATEST_SCREENING (CASE_ID, RUN_ID, IN_FORCE_FRAMEWORK, IN_FORCE_OUTCOME) "
                    + "VALUES (?, ?, 'f1', 'NOT_PRIORITY')", caseId, run);
        });
    }

    /**
     * Rows per table belonging to {@code client}/{@code caseId}: every table with a CLIENT_ID or CASE_ID column (found
     * in the schema, so a table added later is counted too), the client row, adverse-party children and the
     * screening runs the case used.
     */
    static Map<String, Long> rowsOf(Database db, long client, long caseId) {
        Map<String, Long> counts = new TreeMap<>();
        List<org.jooq.Record2<String, String>> columns = db.dsl().resultQuery(
                "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                        + "AND COLUMN_NAME IN ('CLIENT_ID', 'CASE_ID')").coerce(
                org.jooq.impl.DSL.field("TABLE_NAME", String.class),
                org.jooq.impl.DSL.field("COLUMN_NAME", String.class)).fetch();
        for (var c : columns) {
            if (c.value1().equals("PURGE_RECORD")) {
                continue;
            }
            long id = c.value2().equals("CLIENT_ID") ? client : caseId;
            counts.merge(c.value1(), count(db, "SELECT COUNT(*) FROM " + c.value1() + " WHERE " + c.value2()
                    + " = " + id), Long::sum);
        }
        counts.put("CLIENT", count(db, "SELECT COUNT(*) FROM CLIENT WHERE ID = " + client));
        counts.put("SCREENING_RUN", count(db, "SELECT COUNT(*) FROM SCREENING_RUN WHERE ID IN (SELECT RUN_ID FROM "
                + "CASE_SCREENING WHERE CASE_ID = " + caseId + ")"));
        counts.put("ADVERSE_PARTY_TERM", count(db, "SELECT COUNT(*) FROM ADVERSE_PARTY_TERM WHERE PARTY_ID IN "
                + "(SELECT ID FROM ADVERSE_PARTY WHERE CASE_ID = " + caseId + ")"));
        counts.put("ADVERSE_PARTY_ALIAS", count(db, "SELECT COUNT(*) FROM ADVERSE_PARTY_ALIAS WHERE PARTY_ID IN "
                + "(SELECT ID FROM ADVERSE_PARTY WHERE CASE_ID = " + caseId + ")"));
        return counts;
    }

    static long count(Database db, String sql) {
        return ((Number) db.dsl().fetchValue(sql)).longValue();
    }
}
