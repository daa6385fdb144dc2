package org.amparo.clients.data;

import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.db.jooq.Tables.CLIENT_ALIAS;
import static org.amparo.db.jooq.Tables.CLIENT_COUNTRY;
import static org.amparo.db.jooq.Tables.CLIENT_EMAIL;
import static org.amparo.db.jooq.Tables.CLIENT_LANGUAGE;
import static org.amparo.db.jooq.Tables.CLIENT_PHONE;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.clients.Client;
import org.amparo.clients.ClientSummary;
import org.amparo.clients.StaleEditException;
import org.amparo.db.jooq.tables.records.ClientRecord;
import org.amparo.facts.Person;
import org.amparo.platform.db.BulkLoad;
import org.amparo.platform.db.Database;
import org.jooq.DSLContext;

/**
 * Stores clients (the {@code person} facts) with their child rows and search terms, all in one transaction per
 * save. Updates are guarded by the {@code version} column (optimistic locking).
 */
public final class ClientRepository {

    private static final int MAX_LIST_ALIASES = 1000;
    private static final int MAX_LIST_PHONE = 40;

    private final Database db;
    private final ClientSearch search = new ClientSearch();
    private final JdbcSearchSql.Statements floorStatements = new JdbcSearchSql.Statements();

    @Inject
    public ClientRepository(Database db) {
        this.db = db;
    }

    /** Inserts a new client; returns it with its id and version 0. */
    public Client insert(Person person, String user) {
        return db.transactionResult(ctx -> {
            long id = insertRow(ctx, person, user);
            ChildRows rows = new ChildRows();
            rows.add(id, person);
            rows.write(ctx);
            return new Client(id, 0, person);
        });
    }

    /**
     * Inserts many new clients in one transaction (the caller commits every thousand or so), with their child rows
     * written as JDBC batches. Returns the new ids in order.
     */
    public List<Long> insertBatch(List<Person> people, String user) {
        return db.transactionResult(ctx -> {
            ChildRows rows = new ChildRows();
            List<Long> ids = new ArrayList<>(people.size());
            for (Person person : people) {
                long id = insertRow(ctx, person, user);
                ids.add(id);
                rows.add(id, person);
            }
            rows.write(ctx);
            return ids;
        });
    }

    /**
     * Runs a bulk load of synthetic data (demo, bench) with H2's storage tuned for it, then restores the settings
     * and syncs (see {@link BulkLoad}). Never use it for real clients' data.
     */
    public void bulkLoad(Runnable work) {
        BulkLoad.run(db, work);
    }

    /** Rewrites a stored client if nobody saved it since {@code client.version()}; returns it with the new version. */
    public Client update(Client client, String user) throws StaleEditException {
        long id = client.id();
        Person p = client.person();
        int updated = db.transactionResult(ctx -> {
            ClientRecord row = toRecord(ctx, p);
            row.setVersion(client.version() + 1);
            row.setUpdatedAt(now());
            row.setUpdatedBy(user);
            row.changed(CLIENT.ID, false);
            row.changed(CLIENT.CREATED_AT, false);
            row.changed(CLIENT.CREATED_BY, false);
            int n = ctx.update(CLIENT).set(row)
                    .where(CLIENT.ID.eq(id).and(CLIENT.VERSION.eq(client.version()))).execute();
            if (n == 1) {
                ChildRows.delete(ctx, id);
                ChildRows rows = new ChildRows();
                rows.add(id, p);
                rows.write(ctx);
            }
            return n;
        });
        if (updated == 0) {
            throw new StaleEditException("Client " + id + " was changed by someone else since it was opened "
                    + "(or it no longer exists); reopen it and apply the edit again.");
        }
        return new Client(id, client.version() + 1, p);
    }

    public Optional<Client> find(long id) {
        DSLContext ctx = db.dsl();
        ClientRecord r = ctx.selectFrom(CLIENT).where(CLIENT.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<String> aliases = ctx.select(CLIENT_ALIAS.ALIAS).from(CLIENT_ALIAS)
                .where(CLIENT_ALIAS.CLIENT_ID.eq(id)).orderBy(CLIENT_ALIAS.POSITION).fetch(CLIENT_ALIAS.ALIAS);
        List<String> countries = ctx.select(CLIENT_COUNTRY.COUNTRY).from(CLIENT_COUNTRY)
                .where(CLIENT_COUNTRY.CLIENT_ID.eq(id)).orderBy(CLIENT_COUNTRY.POSITION).fetch(CLIENT_COUNTRY.COUNTRY);
        List<String> languages = ctx.select(CLIENT_LANGUAGE.LANGUAGE).from(CLIENT_LANGUAGE)
                .where(CLIENT_LANGUAGE.CLIENT_ID.eq(id)).orderBy(CLIENT_LANGUAGE.POSITION)
                .fetch(CLIENT_LANGUAGE.LANGUAGE);
        List<Person.Phone> phones = ctx.selectFrom(CLIENT_PHONE).where(CLIENT_PHONE.CLIENT_ID.eq(id))
                .orderBy(CLIENT_PHONE.POSITION)
                .fetch(p -> new Person.Phone(p.getNumber(), p.getSafeToCall(), p.getSafeToText(),
                        p.getSafeForVoicemail()));
        List<Person.Email> emails = ctx.selectFrom(CLIENT_EMAIL).where(CLIENT_EMAIL.CLIENT_ID.eq(id))
                .orderBy(CLIENT_EMAIL.POSITION).fetch(e -> new Person.Email(e.getAddress(), e.getSafe()));
        Person person = new Person(r.getGivenName(), r.getFamilyName(), r.getPreferredName(), aliases, r.getDob(),
                r.getSex() == null ? null : Person.Sex.valueOf(r.getSex()), countries, languages, r.getANumber(),
                phones, emails, address(r), r.getSafeContactNotes());
        return Optional.of(new Client(id, r.getVersion(), person));
    }

    /** The clients with these ids (missing ids left out), with one query per table (see {@link ClientBulkRead}). */
    public Map<Long, Client> findAll(Collection<Long> ids) {
        return db.transactionResult(ctx -> ClientBulkRead.read(ctx, ids));
    }

    public int count() {
        return db.dsl().fetchCount(CLIENT);
    }

    /** Type-ahead search (see {@link ClientSearch}). */
    public List<ClientSummary> search(String query, int limit) {
        return search.search(new JooqSearchSql(db.dsl()), query, limit);
    }

    /** The same search as raw JDBC with pre-rendered SQL: the benchmark's floor. */
    public List<ClientSummary> searchRawJdbc(String query, int limit) {
        DSLContext ctx = db.dsl();
        return ctx.connectionResult(conn -> search.search(new JdbcSearchSql(conn, ctx, floorStatements), query, limit));
    }

    private long insertRow(DSLContext ctx, Person person, String user) {
        ClientRecord row = toRecord(ctx, person);
        OffsetDateTime now = now();
        row.setCreatedAt(now);
        row.setCreatedBy(user);
        row.setUpdatedAt(now);
        row.setUpdatedBy(user);
        return ctx.insertInto(CLIENT).set(row).returningResult(CLIENT.ID).fetchOne().value1();
    }

    private static ClientRecord toRecord(DSLContext ctx, Person p) {
        ClientRecord r = ctx.newRecord(CLIENT);
        r.setGivenName(p.givenName());
        r.setFamilyName(p.familyName());
        r.setPreferredName(p.preferredName());
        r.setDob(p.dob());
        r.setSex(p.sex() == null ? null : p.sex().name());
        r.setANumber(p.aNumber());
        Person.Address a = p.address();
        r.setAddressLine1(a == null ? null : a.line1());
        r.setAddressLine2(a == null ? null : a.line2());
        r.setAddressCity(a == null ? null : a.city());
        r.setAddressCounty(a == null ? null : a.county());
        r.setAddressState(a == null ? null : a.state());
        r.setAddressZip(a == null ? null : a.zip());
        r.setAddressConfidential(a == null ? null : a.confidential());
        r.setSafeContactNotes(p.safeContactNotes());
        r.setSortKey(SearchTerms.sortKey(p));
        r.setSearchText(SearchTerms.searchText(SearchTerms.of(p)));
        List<String> aliases = ChildRows.orEmpty(p.aliases());
        r.setListAliases(aliases.isEmpty() ? null : clip(String.join(", ", aliases), MAX_LIST_ALIASES));
        List<Person.Phone> phones = ChildRows.orEmpty(p.phones());
        r.setListPhone(phones.isEmpty() ? null : clip(phones.get(0).number(), MAX_LIST_PHONE));
        return r;
    }

    private static Person.Address address(ClientRecord r) {
        if (r.getAddressLine1() == null && r.getAddressLine2() == null && r.getAddressCity() == null
                && r.getAddressCounty() == null && r.getAddressState() == null && r.getAddressZip() == null
                && r.getAddressConfidential() == null) {
            return null;
        }
        return new Person.Address(r.getAddressLine1(), r.getAddressLine2(), r.getAddressCity(), r.getAddressCounty(),
                r.getAddressState(), r.getAddressZip(), r.getAddressConfidential());
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
