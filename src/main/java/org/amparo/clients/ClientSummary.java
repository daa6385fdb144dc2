package org.amparo.clients;

import java.time.LocalDate;

/** One row of the client list. */
public record ClientSummary(long id, String displayName, String aliases, LocalDate dob, String aNumber,
                            String phone) {

    /** "Family, Given “Preferred”" (the preferred name only when it differs from the given name). */
    public static String displayName(String given, String family, String preferred) {
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
