package org.amparo.courthouse;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.courthouse.ice287g.Ice287gFormatException;
import org.amparo.courthouse.ice287g.Ice287gReport;
import org.amparo.facts.CourtEvent.Model287g;

/** ICE's 287(g) agreements in the open vault: import a published list, and ask which models cover a county. */
public interface Ice287gService {

    /**
     * Parses a published list (.xlsx or .csv, chosen by {@code fileName}'s extension or the file's first bytes) and,
     * unless {@code dryRun}, stores it as the new snapshot in force, all in one transaction: on any failure the
     * previous snapshot stays in force. Older snapshots are kept.
     *
     * @param fileName the file's name (a folder part is dropped before storing); its date, if any, becomes the
     *                 snapshot's list date
     * @throws Ice287gFormatException when the file is not a readable 287(g) list (nothing stored)
     */
    Ice287gReport importList(InputStream in, String fileName, boolean dryRun);

    /** The snapshot in force (the newest imported), if any list was imported. */
    Optional<SnapshotInfo> current();

    /** Every stored snapshot, newest first. */
    List<SnapshotInfo> snapshots();

    /**
     * The 287(g) models of the in-force snapshot's agreements that name this county. {@code state} is a 2-letter
     * code or a state's name (any case). The county match ignores case and spacing, and a bare name also matches
     * the name followed by County, Parish or Borough ("example" finds "Example County"); a name given with one of
     * those words also matches the bare name. Agreements without a county (statewide agencies) are not included.
     * Empty when nothing matches or no list was imported.
     */
    Set<Model287g> modelsFor(String state, String county);
}
