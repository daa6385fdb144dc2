package org.amparo.clients;

import java.util.List;
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
}
