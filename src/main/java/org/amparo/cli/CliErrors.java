package org.amparo.cli;

import picocli.CommandLine;

/** Turns exceptions into one plain message and an exit code; a stack trace only with {@code --debug}. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (ex instanceof CliException ce) {
            cmd.getErr().println("amparo: " + ce.getMessage());
            if (debug) {
                ex.printStackTrace(cmd.getErr());
            }
            return ce.exitCode();
        }
        cmd.getErr().println("amparo: unexpected error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        if (debug) {
            ex.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("(run again with --debug for details)");
        }
        return ExitCodes.FAILED;
    }

    static int onUsageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("amparo: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.BAD_INPUT;
    }
}
