package org.amparo.cases.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.clients.Client;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.amparo.platform.db.DataSourceDatabase;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.Migrations;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.SyntheticFacts;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * V13 drops the second key of the list tables (a client's countries, languages and every list in her facts): after
 * the upgrade every client reads back exactly as before, in the same order, new lists are stored and read in order,
 * and deleting a client still removes her list rows.
 */
class ListRowsMigrationTest {

    private static final List<String> LIST_TABLES = List.of("CLIENT_COUNTRY", "CLIENT_LANGUAGE",
            "FACT_PRIOR_REMOVAL", "FACT_CONVICTION", "FACT_CONVICTION_TAG", "FACT_PENDING_CHARGE",
            "FACT_PENDING_CHARGE_TAG", "FACT_UNCHARGED_CONDUCT", "FACT_U_CRIME", "FACT_U_CRIME_MODIFIER",
            "FACT_T_MEANS", "FACT_T_LABOR_PURPOSE", "FACT_VAWA_ABUSE_TYPE", "FACT_VAWA_GMC_ISSUE",
            "FACT_FAMILY_MEMBER", "FACT_COURT_EVENT", "FACT_COURT_EVENT_287G", "FACT_ICE_CHECKIN", "FACT_SOURCE");

    @Test
    void clientsAndTheirFactsReadBackTheSameAfterTheUpgrade() {
        JdbcDataSource ds = TestDatabases.atVersion("12");
        Database db = new DataSourceDatabase(ds, SQLDialect.H2);
        List<Long> ids = store(db, 0, 80);
        Map<Long, StoredFacts> factsBefore = new FactsRepository(db).read(ids);
        Map<Long, Client> clientsBefore = new ClientRepository(db).findAll(ids);
        long listRowsBefore = listRows(db);

        Migrations.migrate(ds);

        assertThat(listRows(db)).as("no list row lost").isEqualTo(listRowsBefore).isPositive();
        assertThat(new FactsRepository(db).read(ids)).isEqualTo(factsBefore);
        assertThat(new ClientRepository(db).findAll(ids)).isEqualTo(clientsBefore);
        for (String table : LIST_TABLES) {
            assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA"
                    + " = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = 'CLIENT_ID' AND ORDINAL_POSITION = 1", table))
                    .as("indexes of %s that start with client_id", table).isEqualTo(1L);
        }
    }

    @Test
    void afterTheUpgradeListsAreStoredInOrderAndGoWithTheirClient() {
        JdbcDataSource ds = TestDatabases.atVersion("12");
        Database db = new DataSourceDatabase(ds, SQLDialect.H2);
        store(db, 0, 10);
        Migrations.migrate(ds);
        SyntheticFacts generator = new SyntheticFacts(31, 0.0);
        Map<Long, FactsDocument> documents = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = new ClientRepository(db).insert(person(i), "test").id();
            documents.put(id, generator.next(i));
            ids.add(id);
        }
        new FactsRepository(db).insertAll(documents, "test");

        Map<Long, StoredFacts> read = new FactsRepository(db).read(ids);
        for (long id : ids) {
            FactsDocument stored = read.get(id).toDocument("r", null);
            FactsDocument written = documents.get(id);
            assertThat(stored.familyMembers()).as("family of %d", id).isEqualTo(written.familyMembers());
            assertThat(stored.courtEvents()).as("court events of %d", id).isEqualTo(written.courtEvents());
            assertThat(stored.criminal()).as("criminal history of %d", id).isEqualTo(written.criminal());
            assertThat(stored.u()).as("U facts of %d", id).isEqualTo(written.u());
        }
        assertThat(new ClientRepository(db).find(ids.get(3)).orElseThrow().person().languages())
                .containsExactly("es", "mam", "en");

        long gone = ids.get(0);
        db.transaction(ctx -> ctx.execute("DELETE FROM client WHERE id = ?", gone));
        for (String table : LIST_TABLES) {
            assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM " + table + " WHERE client_id = ?", gone))
                    .as("%s rows of the deleted client", table).isEqualTo(0L);
        }
    }

    private static List<Long> store(Database db, int from, int count) {
        SyntheticFacts generator = new SyntheticFacts(17, 0.1);
        Map<Long, FactsDocument> documents = new LinkedHashMap<>();
        for (int i = from; i < from + count; i++) {
            documents.put(new ClientRepository(db).insert(person(i), "test").id(), generator.next(i));
        }
        new FactsRepository(db).insertAll(documents, "test");
        return new ArrayList<>(documents.keySet());
    }

    private static Person person(int i) {
        return new Person("Prueba" + i, "Ficticia", null, List.of(), null, null, List.of("MX", "GT"),
                List.of("es", "mam", "en"), null, List.of(), List.of(), null, null);
    }

    private static long listRows(Database db) {
        long n = 0;
        for (String table : LIST_TABLES) {
            n += ((Number) db.dsl().fetchValue("SELECT COUNT(*) FROM " + table)).longValue();
        }
        return n;
    }
}
