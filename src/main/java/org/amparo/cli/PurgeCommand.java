package org.amparo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amparo.facts.FactsJson;
import org.amparo.retention.PurgeCandidate;
import org.amparo.retention.PurgeException;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.PurgeReport;
import org.amparo.retention.RetentionService;
import org.amparo.security.AccessDeniedException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amparo purge}: purges closed cases named by number, or those due under their program's retention rule. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Purges closed cases: the whole case (and the client with all her facts when she has no other "
                + "case), or with --narratives-only only the free text (notes, intake draft, narrative facts).",
            "A verified backup is made first (no backup, no purge); every case purged gets an audit entry.",
            "Backups made before the purge still contain the data until they rotate out; the report says until when.",
            "Prints on stdout a JSON report. The password comes from $AMPARO_PASSWORD or a prompt."})
public final class PurgeCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--case", paramLabel = "REF", required = true,
                description = "The case number to purge (repeatable).")
        List<String> cases;

        @Option(names = "--due", required = true,
                description = "Every closed case due under its program's retention rule.")
        boolean due;
    }

    @Option(names = "--narratives-only", description = "Purge only free text; the case stays with its facts.")
    boolean narrativesOnly;

    @Option(names = "--dry-run", description = "Report what would be purged; change nothing, make no backup.")
    boolean dryRun;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept with the purge record; default: "
            + "\"retention period ended\" with --due, \"purged by hand (command line)\" with --case).")
    String reason;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "With --due: which cases are due as of this date (YYYY-MM-DD; default: today).")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    private final VaultOpener vaults;
    private final Provider<RetentionService> services;
    private RetentionService service;

    /** The service is asked for only when the command runs (picocli creates every command at start-up). */
    @Inject
    PurgeCommand(VaultOpener vaults, Provider<RetentionService> services) {
        this.vaults = vaults;
        this.services = services;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        service = services.get();
        List<PurgeJson> reports = new ArrayList<>();
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            for (Map.Entry<PurgeKind, List<Long>> batch : batches().entrySet()) {
                String why = reason != null ? reason : which.due ? "retention period ended"
                        : "purged by hand (command line)";
                PurgeReport report = service.purge(batch.getValue(), batch.getKey(), why, dryRun);
                reports.add(PurgeJson.of(report));
                err.println(report.backupCaveat());
            }
        } catch (PurgeException | AccessDeniedException e) {
            throw new CliException(e instanceof PurgeException && e.getCause() != null ? ExitCodes.FAILED
                    : ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        spec.commandLine().getOut().println(FactsJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new PurgeJson.Run(dryRun, reports)));
        spec.commandLine().getOut().flush();
        if (reports.isEmpty()) {
            err.println("No case is due for purge.");
        }
        return ExitCodes.OK;
    }

    private Map<PurgeKind, List<Long>> batches() throws PurgeException {
        Map<PurgeKind, List<Long>> batches = new EnumMap<>(PurgeKind.class);
        if (which.due) {
            for (PurgeCandidate c : service.preview(asOf != null ? asOf : LocalDate.now())) {
                if (c.due()) {
                    PurgeKind kind = narrativesOnly ? PurgeKind.NARRATIVES : c.kind();
                    batches.computeIfAbsent(kind, k -> new ArrayList<>()).add(c.caseId());
                }
            }
            return batches;
        }
        List<Long> ids = new ArrayList<>();
        for (String number : which.cases) {
            ids.add(service.caseIdOf(number));
        }
        batches.put(narrativesOnly ? PurgeKind.NARRATIVES : PurgeKind.WHOLE_CASE, ids);
        return batches;
    }
}
