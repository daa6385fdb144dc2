package org.amparo.clients.data;

import java.time.LocalDate;
import org.amparo.clients.ClientSummary;

/** Builds a list row: "Family, Given “Preferred”" (the preferred name only when it differs from the given name). */
final class ClientSummaries {

    private ClientSummaries() {
    }

    static ClientSummary of(long id, String given, String family, String preferred, String aliases, LocalDate dob,
                            String aNumber, String phone) {
        return new ClientSummary(id, displayName(given, family, preferred), aliases, dob, aNumber, phone);
    }

    static String displayName(String given, String family, String preferred) {
        StringBuilder sb = new StringBuilder();
        if (family != null && !family.isBlank()) {
            sb.append(family.strip());
        }
        if (given != null && !given.isBlank()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(given.strip());
        }
        if (preferred != null && !preferred.isBlank() && !preferred.strip().equals(given == null ? "" : given.strip())) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append('\u201C').append(preferred.strip()).append('\u201D');
        }
        return sb.toString();
    }
}
