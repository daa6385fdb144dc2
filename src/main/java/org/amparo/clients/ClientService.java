package org.amparo.clients;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clients of the open vault. Blocking; call from a background task. */
public interface ClientService {

    /**
     * Type-ahead search across given, family and preferred names, aliases, A-number and phone (each word of the
     * query must prefix-match a name or alias word, or match A-number or phone digits). Accent- and case-insensitive.
     * A blank query lists clients by name.
     */
    List<ClientSummary> search(String query, int limit);

    Optional<Client> find(long id);

    /**
     * Inserts ({@code id == null}) or updates a client in one transaction. An update whose {@code version} is not
     * the stored one is refused with {@link StaleEditException}, never silently overwritten.
     */
    Client save(Client client) throws StaleEditException;

    int count();

    /**
     * Inserts many new clients ({@code id == null}) in one transaction, with their child rows written as batches;
     * returns them with their ids, in order. Refused as a whole if one is invalid (nothing saved).
     */
    default List<Client> saveAll(List<Client> newClients) {
        List<Client> out = new ArrayList<>(newClients.size());
        for (Client c : newClients) {
            if (c.id() != null) {
                throw new IllegalArgumentException("saveAll inserts new clients only");
            }
            try {
                out.add(save(c));
            } catch (StaleEditException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The clients with these ids (missing ids are left out), read with one query per table. */
    default Map<Long, Client> findAll(Collection<Long> ids) {
        Map<Long, Client> out = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(c -> out.put(id, c)));
        return out;
    }
}
