package org.amparo.cli;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.amparo.screening.ScreeningRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amparo screen}: screens facts documents with no vault; the work is done by {@link ScreeningRunner}. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screens one amparo-facts/1 document (or a JSON array of them, or JSON Lines) and prints "
                + "amparo-screening/1 JSON: one document for an object, an array in input order otherwise.",
                "Screening aid for advocates; not legal advice."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:screened", "2:bad input or usage (the message names the file and JSON path)"})
public final class ScreenCommand implements Callable<Integer> {

    @Option(names = "--facts", required = true, paramLabel = "FILE|-",
            description = "Facts file, or - to read standard input.")
    String facts;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "Evaluation date YYYY-MM-DD; replaces each document's as_of "
                    + "(default: its as_of, else today).")
    LocalDate asOf;

    @Option(names = "--framework", paramLabel = "ID",
            description = "Framework to evaluate (repeatable; default all): dhs2014_johnson, eo13768_2017, "
                    + "doj2017_sessions, dhs2021_mayorkas, eo14159_2025.")
    List<String> frameworks = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or text.")
    ScreeningRunner.Format format = ScreeningRunner.Format.json;


    @Spec
    CommandSpec spec;

    private final ScreeningRunner runner;

    @Inject
    public ScreenCommand(ScreeningRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        ScreeningRunner.Result result = runner.run(new ScreeningRunner.Request(facts, asOf, frameworks, format),
                System.in);
        if (!result.ok()) {
            result.problems().forEach(p -> spec.commandLine().getErr().println("amparo screen: " + p));
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println(result.output());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
