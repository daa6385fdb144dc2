package org.amparo.interchange;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a dry run found, to hand to {@link ImportService#commit}: the file and its SHA-256 (a commit refuses a file
 * that changed since), the report, and the rows that were rejected (left out by an "only the valid rows" commit).
 */
public record ImportPlan(Path file, String sha256, ImportReport report, Set<Integer> rejectedRows) {

    public ImportPlan {
        rejectedRows = Set.copyOf(rejectedRows);
    }
}
