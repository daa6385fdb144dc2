package org.amparo.courthouse;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One stored import of ICE's 287(g) list. The newest imported snapshot (highest id) is the one in force; older ones
 * are kept with their dates.
 *
 * @param id                 the snapshot's id; later imports have higher ids
 * @param importedAt         when it was imported
 * @param importedBy         who imported it
 * @param sourceName         the imported file's name, without its folder
 * @param listDate           the edition's date taken from the file name, or null when the name carries none
 * @param rowsRead           data rows read after the header
 * @param agreementsImported agreements stored
 * @param blankRowsSkipped   blank rows skipped
 * @param warningsCount      rows that raised a warning
 */
public record SnapshotInfo(long id, OffsetDateTime importedAt, String importedBy, String sourceName,
                           LocalDate listDate, int rowsRead, int agreementsImported, int blankRowsSkipped,
                           int warningsCount) {
}
