package org.amparo.clients.data;

import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.db.jooq.Tables.CLIENT_ALIAS;
import static org.amparo.db.jooq.Tables.CLIENT_COUNTRY;
import static org.amparo.db.jooq.Tables.CLIENT_EMAIL;
import static org.amparo.db.jooq.Tables.CLIENT_LANGUAGE;
import static org.amparo.db.jooq.Tables.CLIENT_PHONE;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.amparo.clients.Client;
import org.amparo.db.jooq.tables.records.ClientRecord;
import org.amparo.facts.Person;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads many clients with one query per table (no query per client), as {@link ClientRepository#find} reads one. */
final class ClientBulkRead {

    private ClientBulkRead() {
    }

    static Map<Long, Client> read(DSLContext ctx, Collection<Long> ids) {
        Map<Long, List<String>> aliases = group(ctx.selectFrom(CLIENT_ALIAS).where(idsIn(CLIENT_ALIAS.CLIENT_ID, ids))
                .orderBy(CLIENT_ALIAS.CLIENT_ID, CLIENT_ALIAS.POSITION).fetch(), r -> r.getClientId(),
                r -> r.getAlias());
        Map<Long, List<String>> countries = group(ctx.selectFrom(CLIENT_COUNTRY)
                .where(idsIn(CLIENT_COUNTRY.CLIENT_ID, ids)).orderBy(CLIENT_COUNTRY.CLIENT_ID, CLIENT_COUNTRY.POSITION)
                .fetch(), r -> r.getClientId(), r -> r.getCountry());
        Map<Long, List<String>> languages = group(ctx.selectFrom(CLIENT_LANGUAGE)
                .where(idsIn(CLIENT_LANGUAGE.CLIENT_ID, ids)).orderBy(CLIENT_LANGUAGE.CLIENT_ID, CLIENT_LANGUAGE.POSITION)
                .fetch(), r -> r.getClientId(), r -> r.getLanguage());
        Map<Long, List<Person.Phone>> phones = group(ctx.selectFrom(CLIENT_PHONE).where(idsIn(CLIENT_PHONE.CLIENT_ID, ids))
                .orderBy(CLIENT_PHONE.CLIENT_ID, CLIENT_PHONE.POSITION).fetch(), r -> r.getClientId(),
                p -> new Person.Phone(p.getNumber(), p.getSafeToCall(), p.getSafeToText(), p.getSafeForVoicemail()));
        Map<Long, List<Person.Email>> emails = group(ctx.selectFrom(CLIENT_EMAIL).where(idsIn(CLIENT_EMAIL.CLIENT_ID, ids))
                .orderBy(CLIENT_EMAIL.CLIENT_ID, CLIENT_EMAIL.POSITION).fetch(), r -> r.getClientId(),
                e -> new Person.Email(e.getAddress(), e.getSafe()));
        Map<Long, Client> out = new HashMap<>();
        Set<Long> asked = ids instanceof Set<Long> set ? set : new HashSet<>(ids);
        for (ClientRecord r : ctx.selectFrom(CLIENT).where(idsIn(CLIENT.ID, ids)).fetch()) {
            long id = r.getId();
            if (!asked.contains(id)) {
                continue;
            }
            Person person = new Person(r.getGivenName(), r.getFamilyName(), r.getPreferredName(),
                    aliases.getOrDefault(id, List.of()), r.getDob(),
                    r.getSex() == null ? null : Person.Sex.valueOf(r.getSex()), countries.getOrDefault(id, List.of()),
                    languages.getOrDefault(id, List.of()), r.getANumber(), phones.getOrDefault(id, List.of()),
                    emails.getOrDefault(id, List.of()), address(r), r.getSafeContactNotes());
            out.put(id, new Client(id, r.getVersion(), person));
        }
        return out;
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

    private static <R, V> Map<Long, List<V>> group(List<R> rows, Function<R, Long> key, Function<R, V> value) {
        Map<Long, List<V>> out = new HashMap<>();
        for (R row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return out;
    }
}
