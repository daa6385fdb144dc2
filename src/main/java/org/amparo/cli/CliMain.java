package org.amparo.cli;

import java.io.PrintWriter;
import org.amparo.bootstrap.GuiceCommandFactory;
import picocli.CommandLine;

/** Runs one command line and returns its exit code (0 ok, 1 work failed, 2 bad input, 3 vault not opened). */
public final class CliMain {

    private CliMain() {
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, GuiceCommandFactory.create());
    }

    /** Runs with some injector bindings replaced (tests: a fake vault, an in-memory database). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, com.google.inject.Module overrides) {
        return run(args, out, err, GuiceCommandFactory.create(overrides));
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, GuiceCommandFactory factory) {
        CommandLine cli = new CommandLine(new AmparoCommand(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new CliErrors());
        cli.setParameterExceptionHandler(CliErrors::onUsageError);
        return cli.execute(args);
    }
}
