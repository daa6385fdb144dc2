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
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

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
        run(ctx.batch(ctx.insertInto(CLIENT_ALIAS, CLIENT_ALIAS.CLIENT_ID, CLIENT_ALIAS.POSITION, CLIENT_ALIAS.ALIAS)
                .values((Long) null, null, null)), aliases);
        run(ctx.batch(ctx.insertInto(CLIENT_COUNTRY, CLIENT_COUNTRY.CLIENT_ID, CLIENT_COUNTRY.POSITION,
                CLIENT_COUNTRY.COUNTRY).values((Long) null, null, null)), countries);
        run(ctx.batch(ctx.insertInto(CLIENT_LANGUAGE, CLIENT_LANGUAGE.CLIENT_ID, CLIENT_LANGUAGE.POSITION,
                CLIENT_LANGUAGE.LANGUAGE).values((Long) null, null, null)), languages);
        run(ctx.batch(ctx.insertInto(CLIENT_PHONE, CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.POSITION, CLIENT_PHONE.NUMBER,
                CLIENT_PHONE.SAFE_TO_CALL, CLIENT_PHONE.SAFE_TO_TEXT, CLIENT_PHONE.SAFE_FOR_VOICEMAIL)
                .values((Long) null, null, null, null, null, null)), phones);
        run(ctx.batch(ctx.insertInto(CLIENT_EMAIL, CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.POSITION,
                CLIENT_EMAIL.ADDRESS, CLIENT_EMAIL.SAFE).values((Long) null, null, null, null)), emails);
        run(ctx.batch(ctx.insertInto(CLIENT_SEARCH_TERM, CLIENT_SEARCH_TERM.TERM, CLIENT_SEARCH_TERM.SORT_KEY,
                CLIENT_SEARCH_TERM.CLIENT_ID).values((String) null, null, null)), terms);
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

    private static void run(BatchBindStep batch, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (Object[] row : rows) {
            batch.bind(row);
        }
        batch.execute();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
