package org.amparo.interchange;

import java.time.OffsetDateTime;

/** A committed import: what file, how many rows, by whom and when, and whether it was undone. */
public record ImportBatch(long id, String fileName, String format, int rowsRead, int imported, int rejected,
                          String createdBy, OffsetDateTime createdAt, OffsetDateTime undoneAt) {

    public boolean undone() {
        return undoneAt != null;
    }
}
