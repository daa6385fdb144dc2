package org.amparo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amparo.courthouse.Ice287gService;
import org.amparo.courthouse.ice287g.Ice287gFormatException;
import org.amparo.courthouse.ice287g.Ice287gReport;
import org.amparo.facts.FactsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amparo import-287g}: stores ICE's 287(g) participating-agencies list as the snapshot in force. */
@Command(name = "import-287g", mixinStandardHelpOptions = true,
        description = {"Imports ICE's published 287(g) participating-agencies list (.xlsx or .csv) as the snapshot "
                + "in force, replacing the previous one atomically and keeping it with its date.",
            "Prints the JSON report on stdout. With --dry-run nothing is stored.",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt, never an argument."})
public final class Import287gCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @Option(names = "--dry-run", description = "Read and report only; store nothing.")
    boolean dryRun;


    @Parameters(index = "0", paramLabel = "FILE", description = "The list: FILE.xlsx or FILE.csv.")
    Path file;

    @Spec
    CommandSpec spec;

    private final VaultOpener vaults;
    private final Ice287gService service;

    @Inject
    Import287gCommand(VaultOpener vaults, Ice287gService service) {
        this.vaults = vaults;
        this.service = service;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Ice287gReport report;
        try (InputStream in = openFile(); VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            report = service.importList(in, file.getFileName().toString(), dryRun);
        } catch (Ice287gFormatException e) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": could not be read (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().println(FactsJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(report));
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println((dryRun ? "Dry run: " : "Imported ") + report.agreementsImported()
                + " agreements from " + file.getFileName() + (dryRun ? "; nothing was stored." : ".")
                + (report.warnings().isEmpty() ? "" : " " + report.warnings().size() + " warning(s) in the report."));
        return ExitCodes.OK;
    }

    private InputStream openFile() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": no such file");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
