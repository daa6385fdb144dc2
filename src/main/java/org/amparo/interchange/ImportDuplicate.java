package org.amparo.interchange;

import java.time.LocalDate;

/**
 * A row that is likely someone already known: same name and date of birth as a client in the vault
 * ({@code clientId}) or as an earlier row of the same file ({@code sameAsRow}). A warning: the row is still imported.
 */
public record ImportDuplicate(int row, String name, LocalDate dob, Long clientId, Integer sameAsRow) {

    /** "client 12" or "row 3". */
    public String matches() {
        return clientId != null ? "client " + clientId : "row " + sameAsRow;
    }
}
