package org.amparo.clients.data;

import java.time.LocalDate;
import org.amparo.clients.ClientSummary;

/** Builds a list row from the columns the search query returns. */
final class ClientSummaries {

    private ClientSummaries() {
    }

    static ClientSummary of(long id, String given, String family, String preferred, String aliases, LocalDate dob,
                            String aNumber, String phone) {
        return new ClientSummary(id, ClientSummary.displayName(given, family, preferred), aliases, dob, aNumber,
                phone);
    }
}
