package org.amparo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.amparo.facts.FactsJson;
import org.amparo.platform.task.TaskContext;
import org.amparo.screening.rescreen.RescreenReport;
import org.amparo.screening.rescreen.RescreenRequest;
import org.amparo.screening.rescreen.RescreenResult;
import org.amparo.screening.rescreen.RescreenService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amparo rescreen}: re-screens every open and intake case, stores the dated results, prints who moved. */
@Command(name = "rescreen", mixinStandardHelpOptions = true,
        description = {"Re-screens every open and intake case and stores the dated results in each case's history.",
            "Prints on stdout a JSON report: cases screened and, for each framework (and for the framework in force), "
                + "how many cases moved into and out of each outcome, with their case numbers.",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt, never an argument."})
public final class RescreenCommand implements Callable<Integer> {

    private static final long PROGRESS_STEP = 10_000;

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @Option(names = "--framework", paramLabel = "ID",
            description = "Screen only this framework (repeatable; the one in force is always added). Default: all.")
    List<String> frameworks = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "Screen as of this date (YYYY-MM-DD; default: today).")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    private final VaultOpener vaults;
    private final RescreenService service;

    @Inject
    RescreenCommand(VaultOpener vaults, RescreenService service) {
        this.vaults = vaults;
        this.service = service;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        String trigger = frameworks.isEmpty() ? "manual (command line)"
                : "manual (command line): " + String.join(", ", frameworks);
        PrintWriter err = spec.commandLine().getErr();
        RescreenResult result;
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            result = service.rescreen(new RescreenRequest(date, frameworks, trigger), progress(err));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "--framework: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println(FactsJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(RescreenReport.of(result)));
        spec.commandLine().getOut().flush();
        err.println("Re-screened " + result.casesScreened() + " open case(s) as of " + date + "; run "
                + result.run().id() + " stored.");
        return ExitCodes.OK;
    }

    private static TaskContext progress(PrintWriter err) {
        return new TaskContext() {
            private long lastShown;

            @Override
            public void updateProgress(long done, long total) {
                if (done - lastShown >= PROGRESS_STEP || (done == total && done > lastShown)) {
                    lastShown = done;
                    err.println("  " + done + " / " + total);
                    err.flush();
                }
            }

            @Override
            public void updateMessage(String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
