package org.amparo.clients.data;

import static org.amparo.db.jooq.Tables.CLIENT_ALIAS;
import static org.amparo.db.jooq.Tables.CLIENT_COUNTRY;
import static org.amparo.db.jooq.Tables.CLIENT_EMAIL;
import static org.amparo.db.jooq.Tables.CLIENT_LANGUAGE;
import static org.amparo.db.jooq.Tables.CLIENT_PHONE;
import static org.amparo.db.jooq.Tables.CLIENT_SEARCH_TERM;

import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.Person;
import org.amparo.platform.db.BatchInsert;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** The child rows (aliases, countries, languages, phones, emails, search terms) of one or many clients, written as JDBC batches. */
final class ChildRows {

    private final List<Object[]> aliases = new ArrayList<>();
    private final List<Object[]> countries = new ArrayList<>();
    private final List<Object[]> languages = new ArrayList<>();
    private final List<Object[]> phones = new ArrayList<>();
    private final List<Object[]> emails = new ArrayList<>();
    private final List<Object[]> terms = new ArrayList<>();

    void add(long clientId, Person person) {
        addAll(aliases, clientId, person.aliases());
        addAll(countries, clientId, person.countriesOfCitizenship());
        addAll(languages, clientId, person.languages());
        List<Person.Phone> ps = orEmpty(person.phones());
        for (int i = 0; i < ps.size(); i++) {
            Person.Phone p = ps.get(i);
            phones.add(new Object[] {clientId, i, p.number(), p.safeToCall(), p.safeToText(), p.safeForVoicemail()});
        }
        List<Person.Email> es = orEmpty(person.emails());
        for (int i = 0; i < es.size(); i++) {
            emails.add(new Object[] {clientId, i, es.get(i).address(), es.get(i).safe()});
        }
        String sortKey = SearchTerms.sortKey(person);
        for (String term : SearchTerms.of(person)) {
            terms.add(new Object[] {term, sortKey, clientId});
        }
    }

    void write(DSLContext ctx) {
        insert(ctx, CLIENT_ALIAS, List.of(CLIENT_ALIAS.CLIENT_ID, CLIENT_ALIAS.POSITION, CLIENT_ALIAS.ALIAS), aliases);
        insert(ctx, CLIENT_COUNTRY, List.of(CLIENT_COUNTRY.CLIENT_ID, CLIENT_COUNTRY.POSITION, CLIENT_COUNTRY.COUNTRY),
                countries);
        insert(ctx, CLIENT_LANGUAGE, List.of(CLIENT_LANGUAGE.CLIENT_ID, CLIENT_LANGUAGE.POSITION,
                CLIENT_LANGUAGE.LANGUAGE), languages);
        insert(ctx, CLIENT_PHONE, List.of(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.POSITION, CLIENT_PHONE.NUMBER,
                CLIENT_PHONE.SAFE_TO_CALL, CLIENT_PHONE.SAFE_TO_TEXT, CLIENT_PHONE.SAFE_FOR_VOICEMAIL), phones);
        insert(ctx, CLIENT_EMAIL, List.of(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.POSITION, CLIENT_EMAIL.ADDRESS,
                CLIENT_EMAIL.SAFE), emails);
        insert(ctx, CLIENT_SEARCH_TERM, List.of(CLIENT_SEARCH_TERM.TERM, CLIENT_SEARCH_TERM.SORT_KEY,
                CLIENT_SEARCH_TERM.CLIENT_ID), terms);
    }

    /** Deletes every child row of {@code clientId} (before rewriting them on update). */
    static void delete(DSLContext ctx, long clientId) {
        ctx.deleteFrom(CLIENT_ALIAS).where(CLIENT_ALIAS.CLIENT_ID.eq(clientId)).execute();
        ctx.deleteFrom(CLIENT_COUNTRY).where(CLIENT_COUNTRY.CLIENT_ID.eq(clientId)).execute();
        ctx.deleteFrom(CLIENT_LANGUAGE).where(CLIENT_LANGUAGE.CLIENT_ID.eq(clientId)).execute();
        ctx.deleteFrom(CLIENT_PHONE).where(CLIENT_PHONE.CLIENT_ID.eq(clientId)).execute();
        ctx.deleteFrom(CLIENT_EMAIL).where(CLIENT_EMAIL.CLIENT_ID.eq(clientId)).execute();
        ctx.deleteFrom(CLIENT_SEARCH_TERM).where(CLIENT_SEARCH_TERM.CLIENT_ID.eq(clientId)).execute();
    }

    private static void addAll(List<Object[]> rows, long clientId, List<String> values) {
        List<String> vs = orEmpty(values);
        for (int i = 0; i < vs.size(); i++) {
            rows.add(new Object[] {clientId, i, vs.get(i)});
        }
    }

    private static void insert(DSLContext ctx, Table<?> table, List<? extends Field<?>> columns,
                               List<Object[]> rows) {
        if (!rows.isEmpty()) {
            new BatchInsert(ctx, table, columns).insert(ctx, rows);
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
