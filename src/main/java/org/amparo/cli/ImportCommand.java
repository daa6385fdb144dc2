package org.amparo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.ImportBatch;
import org.amparo.interchange.ImportPlan;
import org.amparo.interchange.ImportProblem;
import org.amparo.interchange.ImportProgress;
import org.amparo.interchange.ImportRefusedException;
import org.amparo.interchange.ImportReport;
import org.amparo.interchange.ImportService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amparo import}: facts documents or CSV rows as clients with an intake case, in two phases; undo a batch. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports facts documents (a JSON object, an array, or JSON Lines) or CSV with the documented "
                + "columns (facts-csv.md) as clients, each with an intake case.",
            "Two-phase: --dry-run reads and checks every row and stores nothing; without it the file is checked the "
                + "same way, a backup is made, and the rows are committed all-or-nothing (or only the valid rows "
                + "with --only-valid) as one batch.",
            "Prints the JSON report on stdout: rows_read, valid, imported, rows_rejected, rejected (row, line, path, "
                + "reason), likely_duplicates, readable, batch_id. Exit 2 when rows are rejected and nothing was "
                + "imported.",
            "--undo BATCH deletes the clients and cases a batch created, unless one was edited since.",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt, never an argument."})
public final class ImportCommand implements Callable<Integer> {

    private static final int MESSAGES_SHOWN = 20;

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--dry-run", description = "Read and report only; store nothing.")
    boolean dryRun;

    @Option(names = "--only-valid", description = "Commit the valid rows even when others are rejected.")
    boolean onlyValid;

    @Spec
    CommandSpec spec;

    /** A file to import, or a batch to undo. */
    static final class What {
        @Parameters(index = "0", paramLabel = "FILE", description = "JSON, JSON Lines or CSV file.")
        Path file;

        @Option(names = "--undo", paramLabel = "BATCH", description = "Undo the import batch with this id.")
        Long undo;
    }

    private final VaultOpener vaults;
    private final ImportService imports;

    @Inject
    ImportCommand(VaultOpener vaults, ImportService imports) {
        this.vaults = vaults;
        this.imports = imports;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (what.undo != null) {
            return undo(what.undo);
        }
        Path file = what.file;
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": no such file");
        }
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            ImportPlan plan = imports.dryRun(file, ImportProgress.NONE);
            if (dryRun) {
                return finish(plan.report(), null);
            }
            try {
                return finish(imports.commit(plan, onlyValid, ImportProgress.NONE), null);
            } catch (ImportRefusedException e) {
                return finish(plan.report(), e);
            }
        }
    }

    private int finish(ImportReport report, ImportRefusedException refused) throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(FactsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportProblem> problems = report.rejected();
        problems.stream().limit(MESSAGES_SHOWN).forEach(p -> err.println(report.file() + ": " + p.describe()));
        if (problems.size() > MESSAGES_SHOWN) {
            err.println("… and " + (problems.size() - MESSAGES_SHOWN) + " more problems in the report.");
        }
        if (!report.likelyDuplicates().isEmpty()) {
            err.println(report.likelyDuplicates().size() + " likely duplicate(s) (same name and date of birth); "
                    + "see likely_duplicates in the report.");
        }
        if (refused != null) {
            err.println(refused.getMessage());
            boolean badInput = !report.readable() || report.rowsRejected() > 0 || report.valid() == 0;
            return badInput ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
        }
        if (report.dryRun()) {
            err.println("Dry run: " + report.valid() + " of " + report.rowsRead() + " rows can be imported; "
                    + "nothing was stored.");
            return report.rowsRejected() > 0 || !report.readable() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
        err.println("Imported " + report.imported() + " clients as batch " + report.batchId() + " (undo with "
                + "--undo " + report.batchId() + ").");
        return ExitCodes.OK;
    }

    private int undo(long batchId) {
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            ImportBatch batch = imports.undo(batchId);
            spec.commandLine().getOut().println("{\"batch_id\": " + batch.id() + ", \"clients_deleted\": "
                    + batch.imported() + "}");
            spec.commandLine().getErr().println("Import " + batch.id() + " (" + batch.fileName() + ") was undone.");
            return ExitCodes.OK;
        } catch (ImportRefusedException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }
}
